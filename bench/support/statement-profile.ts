// Where a bench's time goes, seen from Node: every statement sent through node-postgres
// timed from send to answer (the round trip: PostgreSQL's work, the wire and the wait for Node's
// event loop), grouped by the statement's opening text. With --profile only: wrapping each query
// costs a little itself.
import pg from 'pg';

interface Totals {
  calls: number;
  ms: number;
}

const keyOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 110);

/** Starts timing every promise-form query; `stop()` restores node-postgres and answers the totals. */
export function profileStatements(): { stop(): Map<string, Totals> } {
  const totals = new Map<string, Totals>();
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  prototype.query = function timedQuery(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    const answer = original.apply(this, args);
    if (!text || typeof args.at(-1) === 'function' || !(answer instanceof Promise)) return answer;
    const started = performance.now();
    const record = () => {
      const entry = totals.get(keyOf(text)) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += performance.now() - started;
      totals.set(keyOf(text), entry);
    };
    answer.then(record, record);
    return answer;
  };
  return {
    stop: () => {
      prototype.query = original;
      return totals;
    },
  };
}

/** The statements that took the most time, one line each. */
export function printProfile(totals: Map<string, Totals>, perUnit: number, unit: string, top = 20): void {
  const rows = [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const all = rows.reduce((sum, [, t]) => sum + t.ms, 0);
  console.log(`  statements by round-trip time (${rows.length} kinds, ${(all / 1000).toFixed(1)} s in all):`);
  for (const [text, t] of rows.slice(0, top)) {
    console.log(
      `    ${(t.ms / 1000).toFixed(2).padStart(7)} s ${String(t.calls).padStart(8)} calls ` +
        `${(t.calls / perUnit).toFixed(2).padStart(6)}/${unit} ${(t.ms / t.calls).toFixed(2).padStart(7)} ms  ${text}`,
    );
  }
}
