import { Type } from '@sinclair/typebox';
import { LIMITS } from '../../limits.js';
import { kindFields } from '../fields.js';
import { defineKind } from '../kind.js';

/** A titled area: a phase's frame, a cluster the group made, a breakout group's space. */
export const FrameItemSchema = Type.Object({
  ...kindFields('frame', 1),
  title: Type.String({ maxLength: LIMITS.titleLength }),
});

export const frameKind = defineKind({
  type: 'frame',
  schema: FrameItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ title: '' }),
  plainText: (item) => item.title,
  traits: { container: true, scenery: true, structure: true },
  exports: {},
});
