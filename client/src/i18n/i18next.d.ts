import type { Catalogue } from '@moteplass/shared';
import 'i18next';

// Typed keys: `t('board.addNote')` compiles, a typo does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
