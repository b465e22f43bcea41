import { isLanguage, type Language } from '@moteplass/shared';
import { useEffect } from 'react';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * How the shared screen looks, set from the console. The screen is opened
 * from the console in the same browser and has no controls of its own, so
 * its settings live in this browser's storage and reach an open screen
 * window through the `storage` event.
 */
export interface ScreenSettings {
  /** The screen's language; null: the same as this device's. */
  language: Language | null;
  setLanguage: (language: Language | null) => void;
}

const STORAGE_NAME = 'moteplass.screenSettings';

export const useScreenSettings = create<ScreenSettings>()(
  persist(
    (set) => ({
      language: null,
      setLanguage: (language) => set({ language }),
    }),
    {
      name: STORAGE_NAME,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ language: state.language }),
      // Stored values are untrusted: only a language we speak is kept.
      merge: (persisted, current) => {
        const language = (persisted as { language?: unknown } | undefined)?.language;
        return { ...current, language: isLanguage(language) ? language : null };
      },
    },
  ),
);

/**
 * Take up changes another window of this browser made to `keys` in local
 * storage (the console changes what the screen window shows).
 */
export function useStorageSync(keys: readonly string[], rehydrate: () => void): void {
  const watched = keys.join('\n');
  useEffect(() => {
    const names = new Set(watched.split('\n'));
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || names.has(event.key)) rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [watched, rehydrate]);
}

export const SCREEN_SETTINGS_STORAGE = STORAGE_NAME;
