import { Type } from '@sinclair/typebox';
import { kindFields } from '../fields.js';
import { LINE } from '../../board/palette.js';
import { defineKind } from '../kind.js';

/** Text alternative of an image, characters. */
export const IMAGE_ALT_LENGTH = 500;

/**
 * A picture (say, a photo of a paper flipchart) uploaded to the workshop. The
 * bytes live on the server, served only to members at
 * `/api/workshops/:id/images/:imageId`; the item holds only the id and a text
 * alternative for screen readers and the case file.
 */
export const ImageItemSchema = Type.Object({
  ...kindFields('image', 1),
  imageId: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }),
  alt: Type.String({ maxLength: IMAGE_ALT_LENGTH }),
});

export const imageKind = defineKind({
  type: 'image',
  schema: ImageItemSchema,
  version: 1,
  migrations: [],
  defaults: () => ({ alt: '' }),
  plainText: (item) => item.alt,
  traits: {},
  // A grey block until its bytes arrive, as the live canvas draws it meanwhile.
  pictureLook: () => ({ fill: '#e5e7eb', edge: LINE }),
  exports: {},
});
