import { create } from 'zustand';

/** The board page's side panels (drawers) on a laptop or tablet. */
export type DrawerId = 'participate' | 'list';

export type DrawerState = Record<DrawerId, boolean>;

const KEY = 'moteplass:board-drawers';

/**
 * Writing is how most people take part, so that panel starts open; the list
 * (the canvas's accessible twin) starts closed so the canvas is the page.
 */
export const DEFAULT_DRAWERS: DrawerState = { participate: true, list: false };

function load(): DrawerState {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return DEFAULT_DRAWERS;
    const record = stored as Record<string, unknown>;
    return {
      participate:
        typeof record.participate === 'boolean' ? record.participate : DEFAULT_DRAWERS.participate,
      list: typeof record.list === 'boolean' ? record.list : DEFAULT_DRAWERS.list,
    };
  } catch {
    return DEFAULT_DRAWERS;
  }
}

interface DrawerStore {
  open: DrawerState;
  setOpen: (id: DrawerId, open: boolean) => void;
}

/** Open or closed per device (localStorage), the same in every workshop: a habit, not a board's state. */
export const useDrawerStore = create<DrawerStore>()((set, get) => ({
  open: load(),
  setOpen: (id, open) => {
    const next = { ...get().open, [id]: open };
    set({ open: next });
    try {
      localStorage.setItem(KEY, JSON.stringify(next));
    } catch {
      // Private mode or full storage: the choice holds for this page only.
    }
  },
}));
