import { ingestFlushRowsMax, ingestPendingRowsMax } from '../../core/limits.js';
import type { WriteEventRows } from './event-writer.js';
import type { AppendResult } from './log.js';
import type { EventInsertRow } from './queries.js';

/** Appends one request's rows; answers once they are committed (or known duplicates). */
export type AppendToLog = (rows: EventInsertRow[]) => Promise<AppendResult>;

export interface WriteBuffer {
  append: AppendToLog;
  /** Flushes what is waiting and refuses new appends. */
  close(): Promise<void>;
}

export interface WriteBufferOptions {
  /** Flushes that may run at once, each on its own connection. */
  flushesInFlightMax: number;
  flushRowsMax?: number;
  pendingRowsMax?: number;
}

interface Waiting {
  rows: EventInsertRow[];
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

function resultOf(rows: EventInsertRow[], written: Set<string>): AppendResult {
  const appendedIds = rows.filter((row) => written.has(row.id)).map((row) => row.id);
  return { appendedIds, duplicates: rows.length - appendedIds.length };
}

/**
 * Group commit (Plausible's write buffer, STYLE.md example 8): concurrent requests' events merge
 * into one multi-row INSERT per flush. A flush starts as soon as a flush slot is free — no timer,
 * so a lone request waits for nothing — and while all slots are busy, arrivals gather into the
 * next flush, up to `flushRowsMax` rows. Memory is bounded: beyond `pendingRowsMax` waiting rows,
 * appends wait for room. Each append answers only after the flush holding it commits. A flush
 * that fails is retried request by request, so one request's bad row never fails the others.
 */
export function createWriteBuffer(writeRows: WriteEventRows, options: WriteBufferOptions): WriteBuffer {
  const flushRowsMax = options.flushRowsMax ?? ingestFlushRowsMax;
  const pendingRowsMax = options.pendingRowsMax ?? ingestPendingRowsMax;
  const waiting: Waiting[] = [];
  const roomWaiters: (() => void)[] = [];
  let waitingRows = 0;
  let inFlight = 0;
  let closed = false;
  let drained: (() => void) | null = null;

  const takeFlush = (): Waiting[] => {
    const taken: Waiting[] = [];
    let rows = 0;
    while (waiting.length > 0 && (taken.length === 0 || rows + waiting[0]!.rows.length <= flushRowsMax)) {
      const next = waiting.shift()!;
      rows += next.rows.length;
      taken.push(next);
    }
    waitingRows -= rows;
    return taken;
  };

  const flushAlone = async (request: Waiting): Promise<void> => {
    try {
      request.resolve(resultOf(request.rows, new Set(await writeRows(request.rows))));
    } catch (error) {
      request.reject(error);
    }
  };

  const flush = async (taken: Waiting[]): Promise<void> => {
    try {
      const written = new Set(await writeRows(taken.flatMap((request) => request.rows)));
      for (const request of taken) request.resolve(resultOf(request.rows, written));
    } catch (error) {
      if (taken.length === 1) taken[0]!.reject(error);
      else for (const request of taken) await flushAlone(request);
    }
  };

  const schedule = (): void => {
    while (inFlight < options.flushesInFlightMax && waiting.length > 0) {
      const taken = takeFlush();
      inFlight += 1;
      while (roomWaiters.length > 0 && waitingRows < pendingRowsMax) roomWaiters.shift()!();
      void flush(taken).finally(() => {
        inFlight -= 1;
        schedule();
        if (inFlight === 0 && waiting.length === 0) drained?.();
      });
    }
  };

  const waitForRoom = async (rows: number): Promise<void> => {
    while (waitingRows > 0 && waitingRows + rows > pendingRowsMax) {
      await new Promise<void>((resolve) => roomWaiters.push(resolve));
    }
  };

  return {
    append: async (rows) => {
      if (closed) throw new Error('the write buffer is closed');
      if (rows.length === 0) return { appendedIds: [], duplicates: 0 };
      await waitForRoom(rows.length);
      return new Promise<AppendResult>((resolve, reject) => {
        waiting.push({ rows, resolve, reject });
        waitingRows += rows.length;
        schedule();
      });
    },
    close: async () => {
      closed = true;
      if (inFlight === 0 && waiting.length === 0) return;
      await new Promise<void>((resolve) => (drained = resolve));
    },
  };
}
