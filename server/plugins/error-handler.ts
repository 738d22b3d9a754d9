// The one error handler and the one 404: every failure leaves as a catalogue error body, 5xx without details.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiFailure, errorBody, failureHeaders, langOf } from '../errors.ts';
import { validationFailure } from '../validation-errors.ts';

export function sendFailure(reply: FastifyReply, request: FastifyRequest, failure: ApiFailure): FastifyReply {
  return reply
    .code(failure.status)
    .headers(failureHeaders(failure))
    .type('application/json')
    .send(errorBody(failure.code, failure.params, langOf(request.headers['x-soracom-lang'])));
}

/** Catalogue errors as they are, validation as 400, body trouble by its kind, and 5xx without details. */
function handleError(
  this: FastifyInstance,
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ApiFailure) return sendFailure(reply, request, error);
  if (error.validation) {
    return sendFailure(reply, request, validationFailure(error.validation[0], error.validationContext));
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return sendFailure(reply, request, new ApiFailure('SAM0001'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return sendFailure(reply, request, new ApiFailure('SAM0413'));
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendFailure(reply, request, new ApiFailure('SAM0415'));
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendFailure(
      reply,
      request,
      new ApiFailure(status === 404 ? 'SAM0404' : 'SAM0000', { method: request.method, url: request.url }),
    );
  }
  request.log.error({ err: error }, 'request failed');
  const upstreamFailed =
    error.code?.startsWith('FST_REPLY_FROM') === true || status === 502 || status === 503 || status === 504;
  const failure = upstreamFailed ? new ApiFailure('AGW0005') : new ApiFailure('COM0003');
  return sendFailure(reply, request, failure);
}

/** Registered first, at the root, so every plugin after it inherits the handler. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler(handleError);
    // What no route (nor the browser app's page fallback) answered; the query string stays out of the message.
    app.setNotFoundHandler((request, reply) =>
      sendFailure(
        reply,
        request,
        new ApiFailure('SAM0404', { method: request.method, url: request.url.split('?')[0] ?? '' }),
      ),
    );
  },
  { name: 'error-handler' },
);
