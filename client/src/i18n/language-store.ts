import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@moteplass/shared';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Which language the UI speaks. A workshop brings its own default; a person's
 * own choice wins over it and is remembered on the device.
 */
export interface LanguageState {
  /** What this person picked in the language menu, if anything. */
  chosen: Language | null;
  /** The language of the workshop currently open, if any. */
  workshopLanguage: Language | null;
  choose: (language: Language) => void;
  setWorkshopLanguage: (language: Language | null) => void;
}

export function effectiveLanguage(
  state: Pick<LanguageState, 'chosen' | 'workshopLanguage'>,
): Language {
  return state.chosen ?? state.workshopLanguage ?? DEFAULT_LANGUAGE;
}

export const useLanguageStore = create<LanguageState>()(
  persist(
    (set) => ({
      chosen: null,
      workshopLanguage: null,
      choose: (language) => set({ chosen: language }),
      setWorkshopLanguage: (language) => set({ workshopLanguage: language }),
    }),
    {
      name: 'moteplass.language',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ chosen: state.chosen }),
      // Whatever is stored is untrusted: keep it only if it is still a language we speak.
      merge: (persisted, current) => {
        const chosen = (persisted as { chosen?: unknown } | undefined)?.chosen;
        return { ...current, chosen: isLanguage(chosen) ? chosen : null };
      },
    },
  ),
);
