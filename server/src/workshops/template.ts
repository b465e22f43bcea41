import {
  CATALOGUES,
  PHASES,
  phaseFrame,
  type FrameItem,
  type Language,
  type PhaseId,
} from '@moteplass/shared';
import * as Y from 'yjs';

/** Item ids of the template, stable so that clients and exports can find a phase's frame. */
export const phaseFrameId = (phase: PhaseId) => `frame-${phase}`;
export const phasePromptId = (phase: PhaseId, index: number) => `prompt-${phase}-${index}`;

/** Margins inside a frame, board units: the title band, then the prompts in a row. */
const INSET = 40;
const TITLE_BAND = 120;
const PROMPT = { w: 440, h: 120, gap: 40 };

function setFields(items: Y.Map<unknown>, id: string, fields: Record<string, unknown>): void {
  const item = new Y.Map<unknown>();
  items.set(id, item);
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
}

/**
 * Lay out the "phases" template in a new board: one frame per phase titled in
 * the workshop's language, with its prompts as text items at the top of it.
 * Call inside a transaction on the board document.
 */
export function layOutPhaseFrames(doc: Y.Doc, itemsKey: string, language: Language, now: number) {
  const items = doc.getMap<unknown>(itemsKey);
  const catalogue = CATALOGUES[language];
  PHASES.forEach((phase, order) => {
    const frame = phaseFrame(phase.id);
    const text = catalogue.phases[phase.id];
    const fields: FrameItem = {
      type: 'frame',
      ...frame,
      phase: phase.id,
      title: text.title,
      createdAt: now,
      // Frames lie behind everything put on them.
      z: -1000 + order,
    };
    setFields(items, phaseFrameId(phase.id), fields);
    text.prompts.forEach((prompt, index) => {
      setFields(items, phasePromptId(phase.id, index), {
        type: 'text',
        x: frame.x + INSET + index * (PROMPT.w + PROMPT.gap),
        y: frame.y + TITLE_BAND,
        w: PROMPT.w,
        h: PROMPT.h,
        phase: phase.id,
        text: prompt,
        createdAt: now,
        z: -900 + order,
      });
    });
  });
}
