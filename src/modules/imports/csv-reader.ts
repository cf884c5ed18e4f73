import type { Readable } from 'node:stream';
import { CsvError, Parser, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { importRecordBytesMax } from '../../core/limits.js';
import { LineCounter } from './line-counter.js';

export interface ParsedRecord {
  record: string[];
  /** The line where the record ends (the file's, as an editor numbers it). */
  line: number;
  /** Bytes of the file parsed up to the record's end. */
  bytes: number;
}

/** What the reader does with a record the parser cannot read; it may throw to end the import. */
type OnFault = (fault: { error: CsvError | undefined; line: number }) => void;

// The quote faults. After any of them the parser cannot tell where the record was meant to end:
// text after a closing quote or a quote inside a value leaves it inside or outside a quote the
// writer did not mean, and a quote never closed has taken every line after it into one cell. A
// quoted cell may hold line breaks, so a quote still open at a line's end is no fault by itself;
// only once the parser finds the quoted text cannot be valid CSV (one of these) is the record
// known bad, and then its first line alone is reported and reading starts again on the line after
// it: the lines the bad quote took in are read again as the rows they are. A record over the
// size limit is not among them: its text may be valid CSV (a very long quoted cell), so the import
// stops there instead of guessing.
const quoteFaults = new Set([
  'INVALID_OPENING_QUOTE',
  'CSV_INVALID_CLOSING_QUOTE',
  'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE',
  'CSV_QUOTE_NOT_CLOSED',
]);

/** Thrown from `on_skip` to stop a parser at a quote fault: the reader starts another after it. */
const resync = new Error('resynchronise on the next line');

/**
 * Streams the records of a CSV file with their line numbers, reporting each record that is not
 * CSV to `onFault` by the line where it begins. csv-parse skips such a record but, after a quote
 * fault, reads on out of step; so the reader stops that parser and starts a new one (same options,
 * the file's encoding and line break as the first found them) at the next line.
 */
export async function* readCsv(
  input: Readable,
  options: { delimiter: string; onFault: OnFault },
): AsyncGenerator<ParsedRecord> {
  const reading = {
    delimiter: options.delimiter,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
  } as const;
  /**
   * What is wrong with the reported line read alone: a quote left open there is found as such,
   * where the parser, reading on into the next lines, met it as a quote followed by text.
   */
  const lineFault = (line: Buffer, { encoding }: Parser['options']) => {
    try {
      parseSync(line, { ...reading, ...(encoding ? { encoding } : {}) });
    } catch (error) {
      if (error instanceof CsvError && quoteFaults.has(error.code)) return error;
    }
    return undefined;
  };
  let parser: Parser;
  const lines = new LineCounter(() => parser);
  let records: ParsedRecord[] = [];
  /** The file offset where the current parser started, and up to which it has been given bytes. */
  let base = 0;
  let given = 0;
  /** Where the record being read began: the end of the last record. */
  let recordStart = 0;
  /**
   * Set at a quote fault: where its record begins. It is reported, and a new parser started, once
   * the end of that line has arrived.
   */
  let fault: { error: CsvError; at: number } | null = null;

  const start = (at: number) => {
    const first = parser === undefined;
    const recordDelimiter = first ? [] : parser.options.record_delimiter;
    const parserOptions: Options<ParsedRecord, string[]> = {
      bom: first,
      ...(first ? {} : { encoding: parser.options.encoding }),
      ...(recordDelimiter.length > 0 ? { record_delimiter: recordDelimiter } : {}),
      ...reading,
      skip_records_with_error: true,
      max_record_size: importRecordBytesMax,
      // Records come out here, so the parser's own stream stays empty.
      on_record: (record, { bytes }) => {
        recordStart = base + bytes;
        records.push({ record, line: lines.lineOf(base + bytes - 1), bytes: base + bytes });
        return null;
      },
      on_skip: (error: CsvError | undefined) => {
        if (error && quoteFaults.has(error.code)) {
          // Blank lines before the record are no part of it.
          fault = { error, at: lines.nonBlank(recordStart) };
          throw resync;
        }
        // The error's offset is where the field or record it spoils begins (or, after blank
        // lines, where they begin).
        options.onFault({ error, line: lines.lineOfNonBlank(base + Number(error?.bytes ?? 0)) });
      },
    };
    // csv-parse's typings have records stay string arrays, whatever `on_record` makes of them.
    parser = new Parser(parserOptions as unknown as Options);
    // Its errors reach the callbacks of `run`, which read them; an 'error' event unheard would throw.
    parser.on('error', () => undefined);
    parser.resume();
    base = at;
    given = at;
    recordStart = at;
  };

  /** Runs the parser on the bytes, or to the end; false when it stopped at a quote fault. */
  const run = (parse: (done: (error?: Error | null) => void) => void) =>
    new Promise<boolean>((resolve, reject) => {
      parse((error) => {
        if (!error) resolve(true);
        else if (error === resync) resolve(false);
        else reject(error);
      });
    });

  /** Gives the parser the bytes taken so far (from the next line after a fault), or the end. */
  const pump = async (ended: boolean) => {
    for (;;) {
      if (fault !== null) {
        const next = lines.nextLineStart(fault.at, ended);
        if (next === undefined) return;
        const line = lines.bytesFrom(fault.at).subarray(0, next - fault.at);
        options.onFault({
          error: lineFault(line, parser.options) ?? fault.error,
          line: lines.lineOf(fault.at),
        });
        fault = null;
        start(next);
      }
      const end = lines.end;
      if (given < end) {
        const bytes = lines.bytesFrom(given);
        given = end;
        if (!(await run((done) => parser.write(bytes, done)))) continue;
      }
      if (ended && !(await run((done) => parser.end(done)))) continue;
      return;
    }
  };

  start(0);
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    lines.take(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    await pump(false);
    yield* records;
    records = [];
  }
  await pump(true);
  yield* records;
}
