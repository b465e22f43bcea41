import { Type, type Static } from '@sinclair/typebox';

/**
 * Board images (`POST/GET /api/workshops/:id/images…`): the media types the
 * server takes, how it recognises them from their first bytes, and the reply.
 * Limits: `LIMITS.imageBytes` per image, `LIMITS.workshopImageBytes` per workshop.
 */

export const IMAGE_MIME_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'] as const;
export type ImageMimeType = (typeof IMAGE_MIME_TYPES)[number];

export function isImageMimeType(value: unknown): value is ImageMimeType {
  return typeof value === 'string' && (IMAGE_MIME_TYPES as readonly string[]).includes(value);
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The media type the bytes really are, from their magic numbers; null when
 * they are none of ours. The server stores an upload only when this agrees
 * with its Content-Type, so a script or an HTML page never passes as a picture.
 */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'image/gif';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

/** Image ids are made by the server: 128 random bits, base64url. */
export const IMAGE_ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

export const ImageParams = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 64 }),
  imageId: Type.String({ pattern: IMAGE_ID_PATTERN }),
});

/** `?token=` lets an `<img src>` carry the session where a header cannot. */
export const ImageQuery = Type.Object(
  { token: Type.Optional(Type.String({ minLength: 1, maxLength: 1024 })) },
  { additionalProperties: false },
);

export const UploadImageReply = Type.Object({ imageId: Type.String() });
export type UploadImageReply = Static<typeof UploadImageReply>;
