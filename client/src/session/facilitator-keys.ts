import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * The facilitator keys this device has entered with, per workshop, so the
 * console can start the next meetup of a series (`seriesKey` is the earlier
 * meetup's key) without asking for it again. The key is worth no more than
 * the facilitator session kept beside it in the same storage.
 */
interface FacilitatorKeyState {
  keys: Record<string, string>;
  remember: (workshopId: string, key: string) => void;
}

export const useFacilitatorKeys = create<FacilitatorKeyState>()(
  persist(
    (set) => ({
      keys: {},
      remember: (workshopId, key) =>
        set((state) => ({ keys: { ...state.keys, [workshopId]: key } })),
    }),
    {
      name: 'moteplass.facilitator-keys',
      storage: createJSONStorage(() => localStorage),
      merge: (persisted, current) => {
        const keys = (persisted as { keys?: unknown } | undefined)?.keys;
        const valid =
          typeof keys === 'object' && keys !== null
            ? Object.fromEntries(Object.entries(keys).filter(([, key]) => typeof key === 'string'))
            : {};
        return { ...current, keys: valid as Record<string, string> };
      },
    },
  ),
);
