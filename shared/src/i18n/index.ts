import type { Language } from '../languages.js';
import type { Widen } from './define.js';
import { en } from './en.js';
import { boardLayout } from './features/board-layout.js';
import { breakoutMessages } from './features/breakout.js';
import { breakoutChooseMessages } from './features/breakout-choose.js';
import { boardList } from './features/board-list.js';
import { canvasMessages } from './features/canvas.js';
import { caseFileMessages } from './features/case-file.js';
import { consoleMessages } from './features/console.js';
import { equalityMessages } from './features/equality.js';
import { exportMessages } from './features/export.js';
import { groupEqualityMessages } from './features/group-equality.js';
import { methodsMessages } from './features/methods.js';
import { itemKindMessages } from './features/item-kinds.js';
import { nb, type CoreCatalogue } from './nb.js';
import { nn } from './nn.js';
import { pollMessages } from './features/poll.js';
import { presence } from './features/presence.js';
import { reflectionMessages } from './features/reflection.js';
import { screen } from './features/screen.js';
import { seriesUi } from './features/series-ui.js';
import { timer } from './features/timer.js';

export { defineMessages, type Widen } from './define.js';

/**
 * Feature catalogues, each `{nb, nn, en}` from `features/<name>.ts`, mounted
 * under their own top-level key (`t('console.lockBoard')`).
 */
const FEATURES = {
  export: exportMessages,
  caseFile: caseFileMessages,
  console: consoleMessages,
  screen,
  timer,
  equality: equalityMessages,
  boardList,
  presence,
  canvas: canvasMessages,
  layout: boardLayout,
  reflection: reflectionMessages,
  seriesUi,
  methods: methodsMessages,
  breakout: breakoutMessages,
  breakoutChoose: breakoutChooseMessages,
  itemKinds: itemKindMessages,
  poll: pollMessages,
  groupEquality: groupEqualityMessages,
} as const;

type Features = {
  [K in keyof typeof FEATURES]: (typeof FEATURES)[K] extends Record<Language, infer M>
    ? Widen<M>
    : never;
};

export type Catalogue = CoreCatalogue & Features;

function compose(language: Language, core: CoreCatalogue): Catalogue {
  const features = Object.fromEntries(
    Object.entries(FEATURES).map(([key, messages]) => [
      key,
      (messages as Record<Language, unknown>)[language],
    ]),
  ) as Features;
  return { ...core, ...features };
}

/** The catalogues, keyed by language, in the shape i18next takes as `resources[lng].translation`. */
export const CATALOGUES: Record<Language, Catalogue> = {
  nb: compose('nb', nb),
  nn: compose('nn', nn),
  en: compose('en', en),
};
