import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Where a timer is shown; each place has its own sound switch (the console and the screen often share a laptop). */
export type TimerPlace = 'board' | 'console' | 'screen';

interface SoundState {
  soundOn: Record<TimerPlace, boolean>;
  setSound: (place: TimerPlace, on: boolean) => void;
}

/** The sound at the end is off until a person turns it on, and remembered on the device. */
export const SOUND_STORAGE = 'moteplass.timerSound';

export const useSoundStore = create<SoundState>()(
  persist(
    (set) => ({
      soundOn: { board: false, console: false, screen: false },
      setSound: (place, on) => set((state) => ({ soundOn: { ...state.soundOn, [place]: on } })),
    }),
    {
      name: SOUND_STORAGE,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ soundOn: state.soundOn }),
      // Stored values are untrusted: only `true` turns a sound on.
      merge: (persisted, current) => {
        const stored = (persisted as { soundOn?: Partial<Record<TimerPlace, unknown>> } | undefined)
          ?.soundOn;
        return {
          ...current,
          soundOn: {
            board: stored?.board === true,
            console: stored?.console === true,
            screen: stored?.screen === true,
          },
        };
      },
    },
  ),
);

/** Read the switches again from storage (another window of this browser changed them). */
export function rehydrateSound(): void {
  void useSoundStore.persist.rehydrate();
}
