import type { FastifyInstance } from 'fastify';
import { paramOf, RetainError } from '../core/errors.js';
import { refuseDeepJson } from '../core/json-depth.js';
import { mayEscapeUnstorableText, unstorableReason, unstorableTextPath } from '../db/json-text.js';

// Text PostgreSQL cannot store — a NUL, or a surrogate without its partner — is refused where a
// request brings it in, with the parameter named: otherwise PostgreSQL refuses it in the middle of
// the request's work, and the client gets a 500. Ingestion and imports read their bodies themselves
// and refuse it there.

function refusal(path: (string | number)[]): RetainError {
  const param = paramOf(path);
  return new RetainError(
    'parameter_invalid',
    `${param || 'The body'} ${unstorableReason}.`,
    param ? { param } : {},
  );
}

// A percent-encoded NUL, or UTF-8 lead byte ED (U+D000–U+DFFF, surrogates among them).
const mayEncodeUnstorableText = /%(?:00|ed)/i;

/**
 * JSON bodies are parsed by Fastify's secure parser (refusing `__proto__` and `constructor`
 * poisoning), refused when nested deeper than `jsonDepthMax`, and walked only when their text
 * escapes a NUL or a surrogate; path and query
 * parameters are checked only when the URL encodes one.
 */
export function registerStorableText(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    parseJson(request, text, (error, value) => {
      if (error) return done(error);
      try {
        refuseDeepJson(value);
      } catch (refused) {
        return done(refused as Error);
      }
      const path = mayEscapeUnstorableText(text) ? unstorableTextPath(value) : null;
      done(path ? refusal(path) : null, path ? undefined : value);
    });
  });
  app.addHook('preValidation', async (request) => {
    if (!mayEncodeUnstorableText.test(request.url)) return;
    const path = unstorableTextPath(request.params) ?? unstorableTextPath(request.query);
    if (path) throw refusal(path);
  });
}
