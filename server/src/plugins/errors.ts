import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '@moteplass/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../http/errors.js';

/** Fastify's own error codes mapped to ours. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_TYPE: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'BAD_REQUEST',
};

function codeFor(error: FastifyError): ErrorCode {
  if (error instanceof AppError) return error.code;
  if (error.validation) return 'BAD_REQUEST';
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return mapped;
  if (error.statusCode === 429) return 'RATE_LIMITED';
  if (error.statusCode === 413) return 'PAYLOAD_TOO_LARGE';
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return 'BAD_REQUEST';
  return 'INTERNAL';
}

export const errorBody = (code: ErrorCode, message: string): ApiErrorBody => ({
  error: { code, message },
});

/** Every error leaves as `{error: {code, message}}` with a fitting status (CONTRACT.md). */
export const errorHandling = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = codeFor(error);
    const status = ERROR_STATUS[code];
    if (status >= 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.status(status).send(errorBody(code, 'Internal server error'));
    }
    if (error instanceof AppError && error.retryAfterSeconds !== undefined) {
      reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return reply.status(status).send(errorBody(code, error.message));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    reply.status(404).send(errorBody('NOT_FOUND', `No route ${request.method} ${path}`));
  });
});
