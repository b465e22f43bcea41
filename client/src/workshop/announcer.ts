import { create } from 'zustand';

/**
 * One polite live region per page for discrete news: a new phase, one minute
 * left, time is up. Whoever notices the news calls `announce`; the page's
 * `<LiveRegion/>` says it. The countdown itself is never announced.
 */
interface AnnouncerState {
  message: { text: string; id: number };
  announce: (text: string) => void;
  clear: () => void;
}

export const useAnnouncerStore = create<AnnouncerState>()((set) => ({
  message: { text: '', id: 0 },
  announce: (text) => set((state) => ({ message: { text, id: state.message.id + 1 } })),
  clear: () => set((state) => ({ message: { text: '', id: state.message.id + 1 } })),
}));

export function announce(text: string): void {
  useAnnouncerStore.getState().announce(text);
}
