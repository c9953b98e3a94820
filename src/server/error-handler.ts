import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { type ErrorCode, errorBody, isAppError } from '../platform/errors.ts';
import { requestLanguage } from '../platform/i18n/languages.ts';
import { translateError } from '../platform/i18n/translate-error.ts';
import { problemIn } from '../platform/i18n/validation-problem.ts';

/**
 * PostgreSQL's data exceptions (class 22: a character it cannot store, a date out of its range, a number too
 * large...) come from a value in the request that slipped past its schema: bad input, not a server failure.
 */
const isDataException = (code: unknown): code is string =>
  typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);

/**
 * Where the code failed, without the message: messages of the database and of parsers quote the values they
 * choked on (a name, a date), and the log must never hold input.
 */
const framesOf = (stack: string | undefined): string[] =>
  (stack ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('at '))
    .slice(0, 12);

/** One place that turns any failure into `{ error: { code, message } }` without echoing input or stack. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    // Every message in the language the request asked for (the browser app sends its screens' language).
    const lang = requestLanguage(request.headers['accept-language']);
    const body = (code: ErrorCode, message?: string, details?: unknown) => {
      const b = errorBody(code, message, details);
      return { error: { ...b.error, message: translateError(lang, code, b.error.message) } };
    };
    if (isAppError(err)) {
      return reply.status(err.status).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const problems = err.validation.map((v) => {
        const where = [err.validationContext, v.instancePath.replace(/^\//, '').replaceAll('/', '.')]
          .filter(Boolean)
          .join('.');
        return {
          field: where || String(err.validationContext ?? 'request'),
          problem: problemIn(lang, v),
        };
      });
      const summary = problems.map((p) => `${p.field}: ${p.problem}`).join('; ');
      // The problems are said already: only the words around them are translated (with a place left for them).
      const around = translateError(lang, 'validation_failed', 'The request is not valid: \u0000');
      const b = errorBody('validation_failed', `The request is not valid: ${summary}`, problems);
      return reply
        .status(400)
        .send({ error: { ...b.error, message: around.replace('\u0000', () => summary) } });
    }
    const status = err.statusCode ?? 500;
    if (status === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.status(413).send(body('payload_too_large'));
    if (status === 415 || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return reply.status(415).send(body('unsupported_media_type'));
    if (err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || err instanceof SyntaxError)
      return reply.status(400).send(body('invalid_json'));
    if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return reply.status(400).send(body('invalid_json', 'The request body is empty.'));
    if (status >= 400 && status < 500) return reply.status(400).send(body('bad_request'));
    if (isDataException(err.code)) {
      request.log.warn({ reqId: request.id, dbCode: err.code }, 'input refused by the database');
      return reply
        .status(400)
        .send(
          body(
            'bad_request',
            'A value in the request cannot be stored or compared: it holds a character, a date or a number out of range.',
          ),
        );
    }
    request.log.error(
      { reqId: request.id, err: { type: err.name, code: err.code, frames: framesOf(err.stack) } },
      'unhandled error',
    );
    return reply.status(500).send(body('internal'));
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        ...errorBody('not_found').error,
        message: translateError(
          requestLanguage(request.headers['accept-language']),
          'not_found',
          errorBody('not_found').error.message,
        ),
      },
    }),
  );
}
