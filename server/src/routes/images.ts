import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorReply,
  IMAGE_MIME_TYPES,
  ImageParams,
  type ImageMimeType,
  ImageQuery,
  LIMITS,
  UploadImageReply,
  sniffImageType,
} from '@moteplass/shared';
import { AppError } from '../http/errors.js';
import { IMAGE_PIXEL_LIMITS, imageSize } from '../http/image-dimensions.js';
import { requirePeer } from '../plugins/auth.js';
import { WorkshopParams } from './params.js';

/**
 * Board images (a photo of a paper flipchart): uploaded as raw bytes by a
 * member, stored with the workshop, served only to its members. The board
 * item holds only the image id (shared/src/board/items.ts).
 */

/** Uploads one address may make per minute; a script cannot fill the disk at wire speed. */
const UPLOADS_PER_MINUTE = 60;
/** Images change never (a new upload is a new id), so browsers may keep them. */
const CACHE_CONTROL = 'private, max-age=31536000, immutable';

export const imageRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { storage } = app.appOptions;
  // Raw bytes for our media types only (this plugin's scope); anything else is 415.
  app.addContentTypeParser(
    [...IMAGE_MIME_TYPES],
    { parseAs: 'buffer', bodyLimit: LIMITS.imageBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/api/workshops/:id/images',
    {
      bodyLimit: LIMITS.imageBytes,
      schema: { params: WorkshopParams, response: { 201: UploadImageReply, '4xx': ErrorReply } },
      config: { rateLimit: { max: UPLOADS_PER_MINUTE, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const { id } = request.params;
      await requirePeer(request, id);
      const declared = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      const bytes = request.body;
      if (!(bytes instanceof Buffer) || bytes.length === 0)
        throw new AppError('BAD_REQUEST', 'The body must be the bytes of one image');
      const actual = sniffImageType(bytes);
      if (!actual || actual !== declared)
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `The bytes are not a ${declared ?? 'supported'} image (PNG, JPEG, WebP or GIF)`,
        );
      requireDrawableSize(bytes, actual);
      const imageId = randomBytes(16).toString('base64url');
      const stored = await storage.images.put(
        {
          workshopId: id,
          id: imageId,
          mime: actual,
          bytes: new Uint8Array(bytes),
          createdAt: Date.now(),
        },
        { maxWorkshopBytes: LIMITS.workshopImageBytes },
      );
      if (!stored)
        throw new AppError(
          'IMAGE_QUOTA_EXCEEDED',
          `The workshop's images may take ${LIMITS.workshopImageBytes} bytes together`,
        );
      return reply.status(201).send({ imageId });
    },
  );

  app.get(
    '/api/workshops/:id/images/:imageId',
    // No response schema: the answer is the image's bytes (errors leave through plugins/errors.ts).
    { schema: { params: ImageParams, querystring: ImageQuery } },
    async (request, reply) => {
      const { id, imageId } = request.params;
      // The header is preferred; `?token=` is for an <img src> (the logs drop query strings, PRIV-2).
      if (!request.headers.authorization && request.query.token)
        request.headers.authorization = `Bearer ${request.query.token}`;
      await requirePeer(request, id);
      const image = await storage.images.get(id, imageId);
      if (!image) throw new AppError('IMAGE_NOT_FOUND', 'The workshop has no such image');
      return reply
        .header('content-type', image.mime)
        .header('cache-control', CACHE_CONTROL)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength));
    },
  );
};

/** IMAGE-1: the declared pixel size, checked from the header before anybody decodes it. */
function requireDrawableSize(bytes: Buffer, type: ImageMimeType): void {
  const size = imageSize(bytes, type);
  if (!size || size.width === 0 || size.height === 0)
    throw new AppError('BAD_REQUEST', 'The image header is cut short or does not give its size');
  const { maxPixels, maxSide } = IMAGE_PIXEL_LIMITS;
  if (size.width * size.height > maxPixels || Math.max(size.width, size.height) > maxSide)
    throw new AppError(
      'IMAGE_TOO_MANY_PIXELS',
      `The image is ${size.width} × ${size.height} pixels; at most ${maxPixels} pixels and ${maxSide} on a side are taken`,
    );
}
