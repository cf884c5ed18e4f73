import { sql } from 'drizzle-orm';
import { queryPreparedOne, type Db } from '../../../db/connection.js';

// The one-call earning and spend (migration 0008): a ledger change a client makes one at a time
// (an order's points, a redemption) costs one round trip instead of five or six. At 16 clients on
// two cores the client's share of the CPU decided the rate, and most of it was spent sending the
// statements (bench/loyalty.ts).

/** What an entry recorded under an idempotency key says of itself, for the replay check. */
interface RecordedEntry {
  id: string;
  customerId: string;
  kind: string;
  points: number;
  pendingPoints: number;
  sourceType: string;
  sourceId: string;
}

export type EarnCallResult =
  | { existing: RecordedEntry; balance: number; held?: undefined }
  | { held: number; balance: number; existing?: undefined }
  | { entryId: string; balance: number; existing?: undefined; held?: undefined };

export type SpendCallResult =
  | { existing: RecordedEntry; balance: number }
  | { insufficient: true; balance: number; existing?: undefined }
  | { drawn: number; balance: number; existing?: undefined; insufficient?: undefined }
  | { entryId: string; balance: number; existing?: undefined; insufficient?: undefined; drawn?: undefined };

export interface EarnCall {
  workspaceId: string;
  customerId: string;
  points: number;
  kind: string;
  reason: string;
  sourceType: string;
  sourceId: string;
  idempotencyKey: string;
  /** Set only when the points are held (a pending lot). */
  pendingUntil: Date | null;
  at: Date;
  ruleId: string | null;
  ruleVersion: number | null;
  actor: string | null;
  /** Absent: the function reads the program's expiry policy itself. */
  expiresAt?: Date | null;
  entryId: string;
  lotId: string;
  /** Absent: the caller appends `Points Earned` itself. */
  eventId: string | null;
  /** The most points, posted and pending, the account may hold after it: past it nothing is written. */
  heldMax: number;
}

export interface SpendCall {
  workspaceId: string;
  customerId: string;
  points: number;
  reason: string;
  sourceType: string;
  sourceId: string;
  idempotencyKey: string;
  at: Date;
  entryId: string;
  eventId: string;
}

function parsed<Result>(row: { result: unknown } | undefined): Result {
  const result = row!.result;
  return (typeof result === 'string' ? JSON.parse(result) : result) as Result;
}

export async function callEarnPoints(tx: Db, call: EarnCall): Promise<EarnCallResult> {
  const fromProgram = call.expiresAt === undefined;
  const row = await queryPreparedOne<{ result: unknown }>(
    tx,
    'loyalty_earn_points',
    sql`select loyalty_earn_points(${call.workspaceId}, ${call.customerId}, ${call.points}::bigint, ${call.kind},
          ${call.reason}, ${call.sourceType}, ${call.sourceId}, ${call.idempotencyKey},
          ${call.pendingUntil}::timestamptz, ${call.at}::timestamptz, ${call.ruleId}, ${call.ruleVersion}::integer,
          ${call.actor}, ${fromProgram}, ${call.expiresAt ?? null}::timestamptz, ${call.entryId}, ${call.lotId},
          ${call.eventId}, ${call.heldMax}::bigint) as result`,
  );
  return parsed<EarnCallResult>(row);
}

export async function callSpendPoints(tx: Db, call: SpendCall): Promise<SpendCallResult> {
  const row = await queryPreparedOne<{ result: unknown }>(
    tx,
    'loyalty_spend_points',
    sql`select loyalty_spend_points(${call.workspaceId}, ${call.customerId}, ${call.points}::bigint, ${call.reason},
          ${call.sourceType}, ${call.sourceId}, ${call.idempotencyKey}, ${call.at}::timestamptz, ${call.entryId},
          ${call.eventId}) as result`,
  );
  return parsed<SpendCallResult>(row);
}
