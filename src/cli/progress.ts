import { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import { importProgressLineIntervalMs } from '../core/limits.js';
import type { Db } from '../db/connection.js';
import type { Consumer } from '../modules/events/index.js';
import { catchUpConsumers } from '../modules/imports/index.js';

/**
 * Lines written to `out`, less those that repeat the line before: off a terminal cli-progress
 * prints its line on every tick, moving or not.
 */
function changedLines(out: NodeJS.WritableStream): Writable {
  let partial = '';
  let previous: string | null = null;
  return new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      partial += chunk.toString();
      for (let end = partial.indexOf('\n'); end >= 0; end = partial.indexOf('\n')) {
        const line = partial.slice(0, end);
        partial = partial.slice(end + 1);
        if (line !== previous && line !== '') out.write(`${line}\n`);
        previous = line;
      }
      done();
    },
  });
}

/**
 * A progress bar on stderr, so stdout stays clean for --json. On a terminal it is redrawn in
 * place. Elsewhere (CI logs, pipes) a row of block characters says nothing, so every few seconds
 * it prints a plain line instead, when it has moved: the format with its `|{bar}|` replaced by
 * the percentage.
 */
export function progressBar(
  format: string,
  stream: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr,
): cliProgress.SingleBar {
  const percentage = format.includes('{percentage}') ? '' : '{percentage}% · ';
  return new cliProgress.SingleBar(
    {
      stream: stream.isTTY ? stream : changedLines(stream),
      format: stream.isTTY ? format : format.replace(/\|\{bar\}\|\s*/, percentage),
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      noTTYOutput: true,
      notTTYSchedule: importProgressLineIntervalMs,
    },
    cliProgress.Presets.shades_classic,
  );
}

/** Runs the consumers until they have applied everything, with a bar of events applied. */
export async function catchUpWithProgress(
  db: Db,
  consumers: Consumer[],
  expectedEvents: number,
): Promise<number> {
  const bar = progressBar('applying   |{bar}| {value}/{total} events · {speed} events/s');
  const started = Date.now();
  const expected = Math.max(1, expectedEvents);
  bar.start(expected, 0, { speed: 0 });
  const applied = await catchUpConsumers(db, consumers, (count) => {
    if (count > bar.getTotal()) bar.setTotal(count);
    bar.update(count, { speed: Math.round(count / Math.max(0.001, (Date.now() - started) / 1000)) });
  });
  bar.update(bar.getTotal());
  bar.stop();
  return applied;
}
