import type { Language } from '../languages.js';

/** The shape a translation must have: the same keys as Bokmål, strings anywhere. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Widen<U>[]
    : { [K in keyof T]: Widen<T[K]> };

/**
 * The messages of one feature in all three languages, side by side, so a
 * missing Nynorsk or English string is a type error next to its Bokmål one.
 * Bokmål is the source of the shape.
 */
export function defineMessages<const T>(messages: {
  nb: T;
  nn: Widen<T>;
  en: Widen<T>;
}): Record<Language, Widen<T>> {
  return messages as Record<Language, Widen<T>>;
}
