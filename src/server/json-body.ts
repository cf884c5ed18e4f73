import type { FastifyInstance } from 'fastify';
import { paramOf, RetainError } from '../core/errors.js';
import { mayEscapeUnstorableText, unstorableTextPath } from '../db/json-text.js';

/**
 * JSON bodies as Fastify parses them (its secure parser, refusing `__proto__` and `constructor`
 * poisoning), and refused with the parameter named when a string or key escapes a NUL or an
 * unpaired surrogate: PostgreSQL would refuse the text in the middle of the request's work, a 500.
 * Only bodies whose text escapes such a character are read for where it is. Ingestion and imports
 * read their bodies themselves.
 */
export function registerJsonBody(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    parseJson(request, text, (error, value) => {
      if (error) return done(error);
      const path = mayEscapeUnstorableText(text) ? unstorableTextPath(value) : null;
      if (!path) return done(null, value);
      const param = paramOf(path);
      const message = `${param || 'The body'} holds a \\u0000 or an unpaired surrogate, which retain cannot store.`;
      done(new RetainError('parameter_invalid', message, param ? { param } : {}));
    });
  });
}
