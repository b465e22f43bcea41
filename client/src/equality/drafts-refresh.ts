import { create } from 'zustand';

/**
 * Bumped when a draft is saved from elsewhere than the drafts panel (the
 * canvas's note tool during silent writing), so the panel fetches the list again.
 */
export const useDraftsRefresh = create<{ version: number; bump: () => void }>()((set) => ({
  version: 0,
  bump: () => set((state) => ({ version: state.version + 1 })),
}));
