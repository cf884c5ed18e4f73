import type { Readable } from 'node:stream';
import type { CsvError } from 'csv-parse';
import type { Clock } from '../../core/clock.js';
import { RetainError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import {
  eventBytesMax,
  importBatchRowsMax,
  importErrorsReportedMax,
  importRecordBytesMax,
} from '../../core/limits.js';
import type { Db } from '../../db/connection.js';
import { appendEvents, findLoggedMessages, fitsEventLimit, type NewEvent } from '../events/index.js';
import { getWorkspace } from '../workspaces/index.js';
import type { ImportType } from './columns.js';
import { customerColumns, customerRowEvent } from './customer-rows.js';
import { readCsv } from './csv-reader.js';
import {
  OrderLineError,
  orderColumns,
  orderEvents,
  orderIdOf,
  orderMessageId,
  type SourceRow,
} from './order-rows.js';
import { RowError, type RowProblem } from './values.js';

interface ImportCounts {
  /** Data rows read (the header excluded): imported + unchanged + failed. */
  rows: number;
  /** Rows whose events were new to the log. */
  imported: number;
  /** Rows whose events the log already held: a re-import of the same data. */
  unchanged: number;
  /** Rows that could not be imported; each is in `errors` (up to the cap). */
  failed: number;
}

export interface ImportReport extends ImportCounts {
  object: 'import';
  id: string;
  type: ImportType;
  /** `reason` is the English sentence; the rest is the same problem for a reader in any language. */
  errors: ({ line: number; reason: string } & RowProblem)[];
  /** Errors beyond the first `importErrorsReportedMax`, counted but not listed. */
  errors_omitted: number;
}

interface ImportProgress extends ImportCounts {
  /** Bytes of the file parsed so far. */
  bytes: number;
}

export interface ImportOptions {
  type: ImportType;
  /** The CSV, as bytes or text; read as a stream, never held whole. */
  input: Readable;
  /** Field delimiter (default `,`). */
  delimiter?: string | undefined;
  clock: Clock;
  /** After each batch is committed (e.g. to wake the consumers and move a progress bar). */
  onBatch?: (progress: ImportProgress) => void;
}

/** What one order or customer row contributes: its events, keyed by the row's main messageId. */
interface Item {
  messageId: string;
  events: NewEvent[];
  lines: number[];
  orderId?: string;
}

class ImportRun {
  readonly report: ImportReport;
  private items: Item[] = [];
  private itemRows = 0;

  constructor(
    private readonly db: Db,
    private readonly workspaceId: string,
    type: ImportType,
  ) {
    this.report = {
      object: 'import',
      id: newId('import'),
      type,
      rows: 0,
      imported: 0,
      unchanged: 0,
      failed: 0,
      errors: [],
      errors_omitted: 0,
    };
  }

  fail(line: number, error: RowError): void {
    this.report.failed += 1;
    if (this.report.errors.length < importErrorsReportedMax) {
      this.report.errors.push({ line, reason: error.message, ...error.problem });
    } else this.report.errors_omitted += 1;
  }

  add(item: Item): void {
    if (!item.events.every((event) => fitsEventLimit(this.workspaceId, event))) {
      // The same bound as an event sent to the API: one huge cell would otherwise be one huge
      // event, and that customer's export and timeline would answer it whole.
      for (const line of item.lines) {
        this.fail(
          line,
          new RowError(
            { code: 'event_too_large', field: null, params: { max_kb: String(eventBytesMax / 1024) } },
            `the row makes an event over ${eventBytesMax / 1024} KB, the limit for any event`,
          ),
        );
      }
      return;
    }
    this.items.push(item);
    this.itemRows += item.lines.length;
  }

  get full(): boolean {
    return this.itemRows >= importBatchRowsMax;
  }

  /** Appends the batch's new events in one transaction and sorts its rows into the report. */
  async flush(): Promise<void> {
    const items = this.items;
    this.items = [];
    this.itemRows = 0;
    if (items.length === 0) return;
    await this.db.transaction(async (tx) => {
      const logged = new Map(
        (await findLoggedMessages(tx, this.workspaceId, [...new Set(items.map((i) => i.messageId))])).map(
          (row) => [row.messageId, row],
        ),
      );
      const firstLines = new Map<string, number>();
      const fresh: NewEvent[] = [];
      for (const item of items) {
        const before = logged.get(item.messageId);
        // Written earlier by this same import: in this batch, or in one before it.
        const earlierLine =
          firstLines.get(item.messageId) ??
          (before?.importId === this.report.id ? (before.line ?? undefined) : undefined);
        if (earlierLine !== undefined && item.orderId !== undefined) {
          for (const line of item.lines) {
            this.fail(
              line,
              new RowError(
                {
                  code: 'order_repeated',
                  field: 'order_id',
                  params: { value: item.orderId, first_line: String(earlierLine) },
                },
                `order_id '${item.orderId}' appears again (first on line ${earlierLine}): an order's rows must be consecutive`,
              ),
            );
          }
        } else if (before || earlierLine !== undefined) {
          this.report.unchanged += item.lines.length;
        } else {
          firstLines.set(item.messageId, item.lines[0]!);
          fresh.push(...item.events);
          this.report.imported += item.lines.length;
        }
      }
      await appendEvents(tx, this.workspaceId, fresh);
    });
  }
}

/** A record over the limit may still be valid CSV (a long quoted cell), so no line is a safe restart: stop. */
function recordTooLarge(line: number): RetainError {
  return new RetainError(
    'import_record_too_large',
    `Line ${line} starts a record over ${importRecordBytesMax / 1024 / 1024} MB; the import stopped there. ` +
      'Fix it and import the file again: the rows already imported change nothing.',
  );
}

// csv-parse's codes for a record it skips, as the dashboard words them: a quote inside a value that
// does not start with one, text after a value's closing quote, a quote never closed; its English
// message stays beside them as `detail`.
const csvProblems: Record<string, string> = {
  INVALID_OPENING_QUOTE: 'quote_in_value',
  CSV_INVALID_CLOSING_QUOTE: 'text_after_quote',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text_after_quote',
  CSV_QUOTE_NOT_CLOSED: 'quote_not_closed',
};

/** What is wrong with a skipped record, and in which column (counted from 1) when the parser says. */
function csvProblem(error: CsvError | undefined): { problem: string; column?: string } {
  const problem = csvProblems[error?.code ?? ''] ?? 'unreadable';
  const index = error?.index;
  return typeof index === 'number' ? { problem, column: String(index + 1) } : { problem };
}

/**
 * Imports a customers or orders CSV into the log, through the same append as live events, in
 * batches of about `importBatchRowsMax` rows, one transaction each. Bad rows are reported by line
 * and reason while the good ones import; a missing required column stops the import before any
 * row is written. Orders are keyed by order_id, so importing a file again changes nothing.
 */
export async function importCsv(db: Db, workspaceId: string, options: ImportOptions): Promise<ImportReport> {
  const workspace = await getWorkspace(db, workspaceId);
  const run = new ImportRun(db, workspaceId, options.type);
  const records = readCsv(options.input, {
    delimiter: options.delimiter ?? ',',
    onFault: ({ error, line }) => {
      run.report.rows += 1;
      if (error?.code === 'CSV_MAX_RECORD_SIZE') throw recordTooLarge(line);
      // Its message's line is csv-parse's count, which the report corrects.
      const detail = error?.message.replace(/ at line \d+/, '') ?? 'unreadable record';
      run.fail(
        line,
        new RowError(
          { code: 'csv_invalid', field: null, params: { ...csvProblem(error), detail } },
          `not valid CSV: ${detail}`,
        ),
      );
    },
  });

  const context = { importId: run.report.id, timezone: workspace.timezone, currency: workspace.currency };
  let bytes = 0;
  const progress = (): ImportProgress => ({ ...countsOf(run.report), bytes });
  const flush = async () => {
    await run.flush();
    options.onBatch?.(progress());
  };

  let header: string[] | null = null;
  let customers: ReturnType<typeof customerColumns> | null = null;
  let orders: ReturnType<typeof orderColumns> | null = null;
  let open: SourceRow[] = [];
  const closeOrder = () => {
    if (open.length === 0 || !orders) return;
    const rows = open;
    open = [];
    const orderId = orderIdOf(orders, rows[0]!.record);
    try {
      const events = orderEvents(rows, orders, { ...context, receivedAt: options.clock.now() });
      run.add({ messageId: orderMessageId(orderId), events, lines: rows.map((r) => r.line), orderId });
    } catch (error) {
      if (!(error instanceof OrderLineError)) throw error;
      for (const row of rows) {
        run.fail(
          row.line,
          row.line === error.line
            ? error
            : new RowError(
                {
                  code: 'order_line_invalid',
                  field: null,
                  params: { line: String(error.line), order_id: orderId },
                },
                `not imported: line ${error.line} of order '${orderId}' is invalid`,
              ),
        );
      }
    }
  };

  for await (const { record, line, bytes: parsed } of records) {
    bytes = parsed;
    if (!header) {
      header = record;
      if (options.type === 'customers') customers = customerColumns(header);
      else orders = orderColumns(header);
      continue;
    }
    run.report.rows += 1;
    if (customers) {
      try {
        const event = customerRowEvent(record, line, customers, {
          ...context,
          receivedAt: options.clock.now(),
        });
        run.add({ messageId: event.messageId, events: [event], lines: [line] });
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        run.fail(line, error);
      }
    } else if (orders) {
      const continues =
        orders.perLine &&
        open.length > 0 &&
        orderIdOf(orders, record) !== '' &&
        orderIdOf(orders, record) === orderIdOf(orders, open[0]!.record);
      if (!continues) closeOrder();
      open.push({ record, line });
      if (!orders.perLine) closeOrder();
    }
    if (run.full) await flush();
  }
  if (!header) {
    throw new RetainError(
      'import_columns_missing',
      'The file is empty: its first line must name the columns.',
    );
  }
  closeOrder();
  await flush();
  run.report.errors.sort((a, b) => a.line - b.line);
  return run.report;
}

function countsOf(report: ImportCounts): ImportCounts {
  return { rows: report.rows, imported: report.imported, unchanged: report.unchanged, failed: report.failed };
}
