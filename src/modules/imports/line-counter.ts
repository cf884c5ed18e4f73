import type { Parser } from 'csv-parse';

const lf = 0x0a;
const cr = 0x0d;
const blanks = new Set([lf, cr, 0x20, 0x09]);

/**
 * Line numbers as a person's editor shows them, for byte offsets of the file csv-parse reads.
 * csv-parse's own `info.lines` takes every `\r` and `\n` byte for a line break (bar the `\n` of a
 * `\r\n` record delimiter), so each of these counted a line too many: a stray `\r` inside a row
 * (awk leaves one before the next column when it rearranges a file with CRLF endings), the `\r` of
 * CRLF rows under a header ending in `\n`, a CRLF inside a quoted cell, and a UTF-16 character
 * holding a 0x0A byte (Њ is 0A 04). Here a line break is `\n` in the file's encoding, or `\r` in a
 * file whose records the parser found separated by `\r` alone (classic Mac OS).
 */
export class LineCounter {
  /** What the parser was given from `start` on: the bytes whose line breaks are not all counted. */
  private chunks: Buffer[] = [];
  private start = 0;
  /** Where the next uncounted line break may begin. */
  private next = 0;
  private breaks = 0;

  constructor(private readonly parser: () => Parser) {}

  /** Each chunk of the file, in order, before the parser reads it. */
  take(chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  /** The offset just past the bytes taken so far. */
  get end(): number {
    return this.chunks.reduce((end, chunk) => end + chunk.length, this.start);
  }

  /** The bytes taken from `offset` on (not yet forgotten: at or after the last offset counted). */
  bytesFrom(offset: number): Buffer {
    const from: Buffer[] = [];
    let chunkStart = this.start;
    for (const chunk of this.chunks) {
      if (chunkStart + chunk.length > offset) from.push(chunk.subarray(Math.max(offset - chunkStart, 0)));
      chunkStart += chunk.length;
    }
    return from.length === 1 ? from[0]! : Buffer.concat(from);
  }

  /**
   * Where the line after the one holding `offset` begins; the end of the file when that line is its
   * last; undefined while its line break is still to come.
   */
  nextLineStart(offset: number, ended: boolean): number | undefined {
    const { width, lineBreak } = this.lineBreak();
    let at = offset;
    for (let unit = this.unitAt(at, width); unit !== undefined; unit = this.unitAt(at, width)) {
      at += width;
      if (unit === lineBreak) return at;
    }
    return ended ? this.end : undefined;
  }

  /** The line (1-based) of the byte at `offset`; offsets come in file order, as the parser reads. */
  lineOf(offset: number): number {
    const { width, lineBreak } = this.lineBreak();
    this.countBefore(offset, width, lineBreak);
    return this.breaks + 1;
  }

  /** The line of the first byte at or after `offset` that is not white space or a line break. */
  lineOfNonBlank(offset: number): number {
    return this.lineOf(this.nonBlank(offset));
  }

  /** The offset of the first byte at or after `offset` that is not white space or a line break. */
  nonBlank(offset: number): number {
    const { width } = this.lineBreak();
    let at = offset;
    while (blanks.has(this.unitAt(at, width) ?? -1)) at += width;
    return at;
  }

  /** The line break's byte, and the width of the file's characters' code units. */
  private lineBreak() {
    const { encoding, record_delimiter } = this.parser().options;
    const width = encoding === 'utf16le' ? 2 : 1;
    const macOs =
      record_delimiter.length === 1 && record_delimiter[0]!.equals(Buffer.from('\r', encoding ?? 'utf8'));
    return { width, lineBreak: macOs ? cr : lf };
  }

  /** Counts the line breaks that end at or before `offset`, and forgets the bytes before them. */
  private countBefore(offset: number, width: number, lineBreak: number): void {
    let chunkStart = this.start;
    for (const chunk of this.chunks) {
      if (chunkStart >= offset) break;
      for (
        let at = chunk.indexOf(lineBreak, Math.max(this.next - chunkStart, 0));
        at !== -1 && chunkStart + at + width <= offset;
        at = chunk.indexOf(lineBreak, at + 1)
      ) {
        if (width === 1 || this.unitAt(chunkStart + at, width) === lineBreak) this.breaks += 1;
      }
      chunkStart += chunk.length;
    }
    this.next = Math.max(this.next, offset - width + 1);
    while (this.chunks.length > 0 && this.start + this.chunks[0]!.length <= this.next) {
      this.start += this.chunks.shift()!.length;
    }
  }

  /** The character whose code unit begins at `offset` (UTF-16 units begin at even offsets, after the BOM). */
  private unitAt(offset: number, width: number): number | undefined {
    if (offset % width !== 0) return undefined;
    const low = this.byteAt(offset);
    if (width === 1 || low === undefined) return low;
    const high = this.byteAt(offset + 1);
    return high === undefined ? undefined : low | (high << 8);
  }

  private byteAt(offset: number): number | undefined {
    let chunkStart = this.start;
    for (const chunk of this.chunks) {
      if (offset < chunkStart + chunk.length)
        return offset < chunkStart ? undefined : chunk[offset - chunkStart];
      chunkStart += chunk.length;
    }
    return undefined;
  }
}
