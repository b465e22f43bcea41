import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Which rounds this device has answered, and with what, so a reload shows
 * "change my answer" with the choices made. Only on this device (the server
 * keeps answers without their author, so it could not say).
 */
export interface MyAnswer {
  ratings: Record<string, number>;
  comment: string;
}

interface AnsweredState {
  answers: Record<string, MyAnswer>;
  remember: (roundId: string, answer: MyAnswer) => void;
}

export const useAnsweredStore = create<AnsweredState>()(
  persist(
    (set) => ({
      answers: {},
      remember: (roundId, answer) =>
        set((state) => ({ answers: { ...state.answers, [roundId]: answer } })),
    }),
    // Session storage: a shared device forgets the answer when the browser closes.
    { name: 'moteplass.reflection-answers', storage: createJSONStorage(() => sessionStorage) },
  ),
);
