import { sql } from 'drizzle-orm';
import { RetainError, notFound } from '../../core/errors.js';
import { queryRows, type Db } from '../../db/connection.js';
import { findCustomerRef } from '../customers/index.js';
import { loadCatalog, nameOf } from './catalog.js';
import { openWalkScopes } from './effects.js';
import { enterJourney, type EntryAnswer } from './entries.js';
import { end } from './walk.js';
import { asRun, runColumns, saveRuns, type Run } from './runs.js';

export interface RunView extends Run {
  journeyName: string;
  /** The last thing that happened to the run: where it is and why. */
  lastStep: StepView | null;
}

export interface StepView {
  seq: number;
  node: string | null;
  at: Date;
  action: string;
  detail: Record<string, unknown>;
}

/** A customer's runs, newest first, each with its journey's name and its last step. */
export async function customerRuns(db: Db, workspaceId: string, customerId: string): Promise<RunView[]> {
  const rows = await queryRows<Run & { journeyName: string; lastStep: StepView | null }>(
    db,
    sql`select ${runColumns}, j.name as "journeyName",
          (select jsonb_build_object('seq', s.seq, 'node', s.node, 'at', s.at, 'action', s.action, 'detail', s.detail)
           from journey_run_steps s where s.run_id = r.id order by s.seq desc limit 1) as "lastStep"
        from journey_runs r join journeys j on j.id = r.journey_id
        where r.workspace_id = ${workspaceId} and r.customer_id = ${customerId}
        order by r.entered_at desc, r.id desc limit 100`,
  );
  return rows.map((row) => ({
    ...asRun(row),
    journeyName: row.journeyName,
    lastStep: row.lastStep ? { ...row.lastStep, at: new Date(row.lastStep.at) } : null,
  }));
}

export async function findRun(db: Db, workspaceId: string, runId: string): Promise<Run> {
  const [row] = await queryRows<Run>(
    db,
    sql`select ${runColumns} from journey_runs r where r.workspace_id = ${workspaceId} and r.id = ${runId}`,
  );
  if (!row) throw notFound('journey run', runId);
  return asRun(row);
}

export async function runHistory(db: Db, runId: string): Promise<StepView[]> {
  const rows = await queryRows<StepView>(
    db,
    sql`select seq, node, at, action, detail from journey_run_steps where run_id = ${runId} order by seq`,
  );
  return rows.map((row) => ({ ...row, at: new Date(row.at) }));
}

/**
 * `POST /v1/journeys/{id}/entries`: a customer enters a live journey whose entry is by API, under its
 * re-entry rule; the answer says whether a run started and, if not, why.
 */
export async function enterByApi(
  db: Db,
  workspaceId: string,
  journeyId: string,
  request: {
    customer: string;
    entryKey?: string | undefined;
    properties?: Record<string, unknown> | undefined;
  },
  now: Date,
): Promise<EntryAnswer> {
  return db.transaction(async (tx) => {
    const catalog = await loadCatalog(tx, workspaceId);
    const journey = catalog.journeys.find((candidate) => candidate.journeyId === journeyId);
    if (!journey || !journey.live) {
      throw new RetainError(
        'journey_not_live',
        `Journey ${journeyId} is not live; publish or resume it first.`,
        { param: 'id' },
      );
    }
    if (journey.graph.entry.kind !== 'api') {
      throw new RetainError(
        'journey_entry_kind',
        `Journey ${journeyId} starts by ${journey.graph.entry.kind}, not by API.`,
        {
          param: 'id',
        },
      );
    }
    if (journey.graph.entry_key && !request.entryKey) {
      throw new RetainError(
        'parameter_missing',
        `entry_key is required: the journey runs once per ${journey.graph.entry_key}.`,
        {
          param: 'entry_key',
        },
      );
    }
    const customerId = await findCustomerRef(tx, workspaceId, request.customer);
    if (!customerId) throw notFound('customer', request.customer, 'customer');
    const walkScopeOf = await openWalkScopes(tx, workspaceId, [customerId], now);
    const walk = walkScopeOf({ id: journeyId, name: nameOf(catalog, journeyId) });
    const context = {
      event: { name: 'API entry', properties: request.properties ?? {} },
      ...(request.properties ?? {}),
    };
    return enterJourney(walk, journey, { customerId, entryKey: request.entryKey ?? '', context, at: now });
  });
}

/** Erasure: the customer's runs end (`erased`), what they carried is dropped, their steps' details too. */
export async function forgetCustomerRuns(
  db: Db,
  workspaceId: string,
  customerId: string,
  now: Date,
): Promise<number> {
  return db.transaction(async (tx) => {
    const open = (
      await queryRows<Run>(
        tx,
        sql`select ${runColumns} from journey_runs r
            where r.workspace_id = ${workspaceId} and r.customer_id = ${customerId} and r.state <> 'ended' for update`,
      )
    ).map(asRun);
    for (const run of open) end(run, 'erased', 'customer_erased');
    await saveRuns(tx, open, now);
    await tx.execute(
      sql`update journey_run_steps s set detail = '{}'::jsonb from journey_runs r
          where r.id = s.run_id and r.workspace_id = ${workspaceId} and r.customer_id = ${customerId}`,
    );
    await tx.execute(
      sql`update journey_runs set context = '{}'::jsonb where workspace_id = ${workspaceId} and customer_id = ${customerId}`,
    );
    return open.length;
  });
}
