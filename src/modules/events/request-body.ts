import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { RetainError } from '../../core/errors.js';
import { refuseDeepJson } from '../../core/json-depth.js';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);

/** How big a body may be once decompressed, and the error a bigger one gets. */
export interface BodyLimit {
  bytesMax: number;
  tooLarge(): RetainError;
}

/**
 * Reads at most `bytesMax` bytes. Past the limit it stops keeping chunks and rejects, but lets the
 * rest of the body flow away rather than destroying the socket, so the client still gets the 400.
 */
function readCapped(stream: Readable, limit: BodyLimit): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const onEnd = () => resolve(Buffer.concat(chunks, total));
    const onData = (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit.bytesMax) return void chunks.push(chunk);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.resume();
      reject(limit.tooLarge());
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', reject);
  });
}

/** Decompresses with the same cap on the output, so a small gzip bomb cannot expand in memory. */
async function decode(raw: Buffer, encoding: string, limit: BodyLimit): Promise<Buffer> {
  const decompress = encoding === 'gzip' || encoding === 'x-gzip' ? gunzip : inflate;
  try {
    return await decompress(raw, { maxOutputLength: limit.bytesMax });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw limit.tooLarge();
    throw new RetainError('body_invalid', `The body is not valid ${encoding} data.`);
  }
}

/**
 * A JSON body, whatever its Content-Type says: RudderStack's node SDK sends gzip-compressed JSON
 * labelled `application/x-www-form-urlencoded` (PARTS.md). Honours `Content-Encoding` gzip and
 * deflate; the size limit applies to the decompressed JSON, as Segment's does.
 */
export async function readJsonBody(
  stream: Readable,
  contentEncoding: string | undefined,
  limit: BodyLimit,
): Promise<unknown> {
  const encoding = (contentEncoding ?? 'identity').trim().toLowerCase();
  if (!['identity', 'gzip', 'x-gzip', 'deflate'].includes(encoding)) {
    throw new RetainError('content_encoding_unsupported', `Content-Encoding ${encoding} is not supported.`);
  }
  const raw = await readCapped(stream, limit);
  const text = (encoding === 'identity' ? raw : await decode(raw, encoding, limit)).toString('utf8');
  if (!text.trim()) throw new RetainError('body_invalid', 'The body is empty; send a JSON object.');
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    throw new RetainError('body_invalid', 'The body is not valid JSON.');
  }
  refuseDeepJson(body);
  return body;
}
