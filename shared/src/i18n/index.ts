import type { Language } from '../languages.js';
import { en } from './en.js';
import { nb, type Catalogue } from './nb.js';
import { nn } from './nn.js';

export type { Catalogue };

/** The catalogues, keyed by language, in the shape i18next takes as `resources[lng].translation`. */
export const CATALOGUES: Record<Language, Catalogue> = { nb, nn, en };
