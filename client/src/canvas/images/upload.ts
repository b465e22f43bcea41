import { LIMITS, isImageMimeType } from '@moteplass/shared';
import { ApiError, workshopPath } from '../../api';

export interface ImageTarget {
  workshopId: string;
  /** The session token (sent as a bearer token, never in the URL). */
  token: string;
}

/**
 * Upload one picture to the workshop (`POST …/images`); resolves with its id.
 * Type and size are checked here first so a person hears at once what is
 * wrong; the server checks again (magic bytes, 8 MiB, the workshop's 200 MiB).
 * Fails with an ApiError: UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE,
 * IMAGE_QUOTA_EXCEEDED, UNAUTHORIZED, NETWORK, …
 */
export async function uploadImage(file: Blob, { workshopId, token }: ImageTarget): Promise<string> {
  if (!isImageMimeType(file.type))
    throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'PNG, JPEG, WebP or GIF only');
  if (file.size > LIMITS.imageBytes)
    throw new ApiError(413, 'PAYLOAD_TOO_LARGE', `At most ${LIMITS.imageBytes} bytes`);
  let response: Response;
  try {
    response = await fetch(`${workshopPath(workshopId)}/images`, {
      method: 'POST',
      headers: { 'content-type': file.type, authorization: `Bearer ${token}` },
      body: file,
    });
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', String(cause));
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error?.message === 'string' ? error.message : response.statusText,
    );
  }
  const imageId = (body as { imageId?: unknown } | undefined)?.imageId;
  if (typeof imageId !== 'string') throw new ApiError(response.status, 'BAD_REPLY', 'No imageId');
  return imageId;
}
