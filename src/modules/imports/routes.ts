import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import { importBodyBytesMax } from '../../core/limits.js';
import { principal } from '../../http/principal.js';
import type { AppContext } from '../../http/context.js';
import { importCsv } from './import.js';
import { rowErrorCodes } from './values.js';

const reportSchema = z.object({
  object: z.literal('import'),
  id: z.string(),
  type: z.enum(['customers', 'orders']),
  rows: z.number().describe('Data rows read, the header excluded: imported + unchanged + failed.'),
  imported: z.number().describe('Rows whose events were new.'),
  unchanged: z.number().describe('Rows already imported before (same order_id, or the same customer row).'),
  failed: z.number().describe('Rows that could not be imported.'),
  errors: z.array(
    z.object({
      line: z.number(),
      reason: z.string().describe('The problem as an English sentence.'),
      code: z.enum(rowErrorCodes).describe('The problem, for wording it in any language.'),
      field: z.string().nullable().describe('The column at fault; null when it is the row as a whole.'),
      params: z
        .record(z.string(), z.string())
        .describe(
          'The values the sentence names: `value` (the cell as written), limits, lines; amounts (`max`, `sum`) in minor units of `currency`; for `csv_invalid`, `problem` (quote_in_value, text_after_quote, quote_not_closed, unreadable), `column` counted from 1 and the parser’s English `detail`.',
        ),
    }),
  ),
  errors_omitted: z.number().describe('Failed rows beyond the first 1,000, not listed in errors.'),
});

const importQuery = z.object({
  type: z.enum(['customers', 'orders']),
  delimiter: z.string().length(1).optional().describe('Field delimiter; default `,`.'),
  wait: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: answer once the consumers have applied the imported events (customers and orders visible).',
    ),
});

function tooLarge(): RetainError {
  return new RetainError(
    'payload_too_large',
    `The CSV is larger than ${importBodyBytesMax} bytes; split it.`,
  );
}

/** The request body, un-gzipped when so encoded, failing once it passes the import size limit. */
function csvBody(raw: Readable, encoding: string | undefined): Readable {
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(bytes > importBodyBytesMax ? tooLarge() : null, chunk);
    },
  });
  return (encoding === 'gzip' ? raw.pipe(createGunzip()) : raw).pipe(limit);
}

export const importRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  // The body is streamed into the import, never buffered: the parser leaves it unread. Only CSV
  // bodies reach this plugin's routes (JSON is answered 415).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['text/csv', 'text/plain', 'application/octet-stream'],
    (_request, _payload, done) => done(null, undefined),
  );
  app.post(
    '/v1/imports',
    {
      bodyLimit: importBodyBytesMax,
      config: { errors: ['payload_too_large', 'unsupported_media_type'] },
      schema: {
        tags: ['imports'],
        summary: 'Import customers or orders from a CSV (the request body, text/csv)',
        description:
          'Streams the CSV into the event log in batches: each customer row becomes an `identify`, each order an ' +
          '`Order Completed` keyed by order_id, so importing the same file again changes nothing. Bad rows are ' +
          'reported by line and reason while the good ones import. `Content-Encoding: gzip` is accepted.',
        querystring: importQuery,
        response: { 200: reportSchema },
      },
    },
    async (request) => {
      if (Number(request.headers['content-length'] ?? 0) > importBodyBytesMax) throw tooLarge();
      const report = await importCsv(ctx.db, principal(request).workspaceId, {
        type: request.query.type,
        input: csvBody(request.raw, request.headers['content-encoding']),
        delimiter: request.query.delimiter,
        clock: ctx.clock,
        onBatch: () => ctx.wakeConsumers(),
      });
      if (request.query.wait === 'true') await ctx.applyPendingEvents();
      return report;
    },
  );
};
