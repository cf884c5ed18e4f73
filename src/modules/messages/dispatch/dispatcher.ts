// The dispatcher: claim due messages, decide them per workspace (batch.ts), hand them to their
// channels after the decisions commit, and record each answer. Between the hand-over's commit and
// the answer's, a message is `sending` with a lease: if the process dies there, the next dispatcher
// finds the lease lapsed and records `outcome_unknown` — or, for a transactional message, sends it
// again with the same idempotency key (LINE's X-Line-Retry-Key, the same Message-ID).
import type { Clock } from '../../../core/clock.js';
import { minuteMs } from '../../../core/time.js';
import type { Db } from '../../../db/connection.js';
import { getWorkspace } from '../../workspaces/index.js';
import type { ChannelAdapters } from '../channel-store.js';
import type { SendResult } from '../channels/index.js';
import { defaultPacingSettings, pacingSettingsSchema, type PacingSettings } from '../pacing/index.js';
import { removePushSubscription } from '../push-subscriptions.js';
import { messagingSettingsOf } from '../settings.js';
import { suppressAddress } from '../suppressions.js';
import { decideBatch, type Handover, type WorkspaceSetup } from './batch.js';
import { retryDelayMs } from './decide.js';
import { messageEvent, type MessageEventName } from '../message-events.js';
import { applyPendingReceipts } from '../receipts.js';
import {
  claimDue,
  lapsedSends,
  writeAttempts,
  writeChanges,
  type OutboxRow,
  type RowChange,
} from './rows.js';
import {
  dispatchRecordEveryMs,
  dispatchRecordGroupMax,
  messageSendAttemptsMax,
} from '../../../core/limits.js';

export interface DispatcherOptions {
  clock: Clock;
  /** Where links in messages point unless the workspace set its own public URL. */
  publicUrl: string;
  batchSize?: number;
  /** How long a claim keeps other dispatchers off a message while it is decided. */
  claimLeaseMs?: number;
  /** How long a send may take before the message counts as outcome_unknown. */
  sendLeaseMs?: number;
  /** Sends in flight at once. */
  concurrency?: number;
  random?: () => number;
}

export interface DispatchReport {
  claimed: number;
  handed: number;
  sent: number;
  deferred: number;
  suppressed: number;
  expired: number;
  failed: number;
  retried: number;
  unknown: number;
}

const emptyReport = (): DispatchReport => ({
  claimed: 0,
  handed: 0,
  sent: 0,
  deferred: 0,
  suppressed: 0,
  expired: 0,
  failed: 0,
  retried: 0,
  unknown: 0,
});

/** The workspace's pacing as stored, over the defaults (a workspace that set nothing gets them all). */
export function pacingOf(stored: Record<string, unknown>): PacingSettings {
  const parsed = pacingSettingsSchema.safeParse({ ...defaultPacingSettings, ...stored });
  return parsed.success ? parsed.data : defaultPacingSettings;
}

export class Dispatcher {
  private readonly batchSize: number;
  private readonly claimLeaseMs: number;
  private readonly sendLeaseMs: number;
  private readonly concurrency: number;
  private readonly random: () => number;

  constructor(
    private readonly db: Db,
    private readonly adapters: ChannelAdapters,
    private readonly options: DispatcherOptions,
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.claimLeaseMs = options.claimLeaseMs ?? minuteMs;
    this.sendLeaseMs = options.sendLeaseMs ?? 5 * minuteMs;
    this.concurrency = options.concurrency ?? 64;
    this.random = options.random ?? Math.random;
  }

  /** One claim's worth: what it decided and what the providers answered. */
  async dispatchOnce(): Promise<DispatchReport> {
    const report = emptyReport();
    const now = this.options.clock.now();
    report.unknown += await this.recoverLapsed(now);
    const rows = await claimDue(this.db, now, this.batchSize, this.claimLeaseMs);
    report.claimed = rows.length;
    const leaseUntil = new Date(now.getTime() + this.claimLeaseMs);
    const byWorkspace = new Map<string, OutboxRow[]>();
    for (const row of rows) {
      const claimed = byWorkspace.get(row.workspaceId);
      if (claimed) claimed.push(row);
      else byWorkspace.set(row.workspaceId, [row]);
    }
    for (const [workspaceId, claimed] of byWorkspace) {
      const setup = await this.setupOf(workspaceId, now);
      const decided = await this.db.transaction((tx) =>
        decideBatch(
          tx,
          setup,
          claimed.map((row) => row.id),
          leaseUntil,
          now,
          this.sendLeaseMs,
        ),
      );
      report.handed += decided.counts.handed;
      report.sent += decided.counts.sentAtOnce;
      report.deferred += decided.counts.deferred;
      report.suppressed += decided.counts.suppressed;
      report.expired += decided.counts.expired;
      report.failed += decided.counts.failed;
      const recorded = await this.sendAndRecord(workspaceId, decided.handovers);
      report.sent += recorded.sent;
      report.failed += recorded.failed;
      report.retried += recorded.retried;
      report.unknown += recorded.unknown;
    }
    return report;
  }

  private async setupOf(workspaceId: string, now: Date): Promise<WorkspaceSetup> {
    const [workspace, settings, adapters] = await Promise.all([
      getWorkspace(this.db, workspaceId),
      messagingSettingsOf(this.db, workspaceId, now),
      this.adapters.adaptersFor(this.db, [workspaceId]),
    ]);
    const byKind = new Map(
      [...adapters].map(([name, adapter]) => [name.slice(workspaceId.length + 1), adapter]),
    );
    return {
      workspace,
      settings,
      pacing: pacingOf(settings.pacing),
      publicUrl: settings.publicUrl ?? this.options.publicUrl,
      adapters: byKind,
    };
  }

  /**
   * Sends with a bounded number in flight and records answers as they come, a group at a time:
   * the window in which a crash leaves a message outcome_unknown is one group's, not the batch's.
   */
  private async sendAndRecord(
    workspaceId: string,
    handovers: Handover[],
  ): Promise<{ sent: number; failed: number; retried: number; unknown: number }> {
    const tally = { sent: 0, failed: 0, retried: 0, unknown: 0 };
    const answered: { handover: Handover; result: SendResult }[] = [];
    let recording = Promise.resolve();
    const flush = () => {
      const group = answered.splice(0);
      if (group.length === 0) return;
      recording = recording.then(async () => {
        const done = await this.record(workspaceId, group);
        for (const key of Object.keys(tally) as (keyof typeof tally)[]) tally[key] += done[key];
      });
    };
    const timer = setInterval(flush, dispatchRecordEveryMs);
    let next = 0;
    const worker = async () => {
      while (next < handovers.length) {
        const handover = handovers[next++]!;
        answered.push({ handover, result: await sendSafely(handover) });
        if (answered.length >= dispatchRecordGroupMax) flush();
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(this.concurrency, handovers.length) }, worker));
    } finally {
      clearInterval(timer);
      flush();
      await recording;
    }
    return tally;
  }

  /** Writes each answer on its message in one transaction, with the attempts and log events. */
  private async record(
    workspaceId: string,
    answers: { handover: Handover; result: SendResult }[],
  ): Promise<{ sent: number; failed: number; retried: number; unknown: number }> {
    const tally = { sent: 0, failed: 0, retried: 0, unknown: 0 };
    if (answers.length === 0) return tally;
    const now = this.options.clock.now();
    const changes: RowChange[] = [];
    const events: { row: OutboxRow; name: MessageEventName; reason: string | null }[] = [];
    await this.db.transaction(async (tx) => {
      for (const { handover, result } of answers) {
        const outcome = this.outcomeOf(handover, result, now);
        changes.push(outcome.change);
        tally[outcome.tally]++;
        const row = { ...handover.row, address: handover.change.address, provider: handover.change.provider };
        if (outcome.event) events.push({ row, name: outcome.event, reason: outcome.change.reason });
        if (result.outcome === 'undeliverable') await this.forgetAddress(tx, handover, result.reason, now);
      }
      const written = await writeChanges(tx, changes, now);
      await writeAttempts(
        tx,
        answers.map(({ handover, result }) => ({
          workspaceId,
          messageId: handover.row.id,
          attempt: handover.change.attempts,
          startedAt: handover.change.handedAt!,
          finishedAt: now,
          outcome: result.outcome,
          detail: 'reason' in result ? result.reason : result.providerMessageId,
        })),
      );
      await messageEvent(
        tx,
        workspaceId,
        events.filter((entry) => written.has(entry.row.id)),
        now,
      );
      // A receipt can come before its send's answer is recorded (Twilio's does): applied now.
      await applyPendingReceipts(
        tx,
        workspaceId,
        answers.flatMap(({ handover, result }) =>
          result.outcome === 'sent' && result.providerMessageId && written.has(handover.row.id)
            ? [{ channel: handover.row.channel, providerMessageId: result.providerMessageId }]
            : [],
        ),
        now,
      );
    });
    return tally;
  }

  private outcomeOf(
    handover: Handover,
    result: SendResult,
    now: Date,
  ): { change: RowChange; tally: 'sent' | 'failed' | 'retried' | 'unknown'; event: MessageEventName | null } {
    const { change, row } = handover;
    const base: RowChange = {
      ...change,
      leaseUntil: null,
      expect: { status: 'sending', attempts: change.attempts },
    };
    const noted = (entry: Record<string, unknown>) => [
      ...change.decisions,
      { at: now.toISOString(), ...entry },
    ];
    switch (result.outcome) {
      case 'sent':
        return {
          change: {
            ...base,
            status: 'sent',
            sentAt: now,
            providerMessageId: result.providerMessageId,
            decisions: noted({ decision: 'sent' }),
          },
          tally: 'sent',
          event: 'Message Sent',
        };
      case 'failed':
      case 'undeliverable':
        return {
          change: {
            ...base,
            status: 'failed',
            reason: result.reason,
            handedAt: null,
            decisions: noted({ decision: 'failed', reason: result.reason }),
          },
          tally: 'failed',
          event: 'Message Failed',
        };
      case 'unknown':
        if (row.priority !== 'transactional') {
          return {
            change: {
              ...base,
              status: 'outcome_unknown',
              reason: result.reason,
              decisions: noted({ decision: 'outcome_unknown', reason: result.reason }),
            },
            tally: 'unknown',
            event: null,
          };
        }
        return this.retry(base, row, result.reason, undefined, now, noted);
      case 'retry':
        return this.retry(base, row, result.reason, result.retryAfterMs, now, noted);
    }
  }

  private retry(
    base: RowChange,
    row: OutboxRow,
    reason: string,
    retryAfterMs: number | undefined,
    now: Date,
    noted: (entry: Record<string, unknown>) => Record<string, unknown>[],
  ): { change: RowChange; tally: 'failed' | 'retried'; event: MessageEventName | null } {
    if (base.attempts >= messageSendAttemptsMax) {
      const gaveUp = `gave up after ${base.attempts} attempts: ${reason}`;
      return {
        change: {
          ...base,
          status: 'failed',
          reason: gaveUp,
          handedAt: null,
          decisions: noted({ decision: 'failed', reason: gaveUp }),
        },
        tally: 'failed',
        event: 'Message Failed',
      };
    }
    const at = new Date(now.getTime() + retryDelayMs(base.attempts, this.random, retryAfterMs));
    if (row.expiresAt && at >= row.expiresAt) {
      return {
        change: {
          ...base,
          status: 'expired',
          reason: `expired while retrying: ${reason}`,
          handedAt: null,
          decisions: noted({ decision: 'expired', reason }),
        },
        tally: 'failed',
        event: null,
      };
    }
    // Not handed until the retry goes out: a refused attempt takes no place under the caps.
    return {
      change: {
        ...base,
        status: 'queued',
        sendAfter: at,
        handedAt: null,
        decisions: noted({ decision: 'retry', reason, at: at.toISOString() }),
      },
      tally: 'retried',
      event: null,
    };
  }

  /** The provider says the address is gone: suppress an email or phone, drop a push subscription. */
  private async forgetAddress(tx: Db, handover: Handover, reason: string, now: Date): Promise<void> {
    const { row, outgoing } = handover;
    if (row.channel === 'push') {
      await removePushSubscription(tx, row.workspaceId, outgoing.to.address);
      return;
    }
    if (
      row.channel === 'email' ||
      row.channel === 'sms' ||
      row.channel === 'whatsapp' ||
      row.channel === 'zalo' ||
      row.channel === 'line'
    ) {
      await suppressAddress(tx, {
        workspaceId: row.workspaceId,
        channel: row.channel,
        address: outgoing.to.address,
        reason: 'hard_bounce',
        source: 'provider',
        detail: reason,
        at: now,
      }).catch((error: unknown) => {
        // An address the suppression list cannot read (a LINE id of another shape) is only logged on the message.
        if (!(error instanceof Error && 'code' in error && error.code === 'parameter_invalid')) throw error;
      });
    }
  }

  /**
   * Sends whose answer was never recorded. A promotional or triggered message is not sent again
   * (at most once: a customer never gets an offer twice); a transactional one goes again, with
   * the same idempotency key.
   */
  private async recoverLapsed(now: Date): Promise<number> {
    return this.db.transaction(async (tx) => {
      const lapsed = await lapsedSends(tx, now, this.batchSize);
      if (lapsed.length === 0) return 0;
      const reason =
        'the process stopped after handing the message to the provider and before recording the answer';
      const changes = lapsed.map((row): RowChange => {
        const decisions = [
          ...row.decisions,
          {
            at: now.toISOString(),
            decision: row.priority === 'transactional' ? 'resend' : 'outcome_unknown',
            reason,
          },
        ];
        const base = {
          id: row.id,
          sendAfter: now,
          leaseUntil: null,
          handedAt: row.handedAt,
          attempts: row.attempts,
          address: row.address,
          provider: row.provider,
          providerMessageId: row.providerMessageId,
          decisions,
          content: row.content,
          subject: row.subject,
          sentAt: row.sentAt,
          expect: { status: 'sending', attempts: row.attempts },
        };
        return row.priority === 'transactional'
          ? { ...base, status: 'queued', reason: null, handedAt: null }
          : { ...base, status: 'outcome_unknown', reason };
      });
      await writeChanges(tx, changes, now);
      await writeAttempts(
        tx,
        lapsed.map((row) => ({
          workspaceId: row.workspaceId,
          messageId: row.id,
          attempt: row.attempts,
          startedAt: row.handedAt ?? now,
          finishedAt: now,
          outcome: 'lost',
          detail: reason,
        })),
      );
      return lapsed.filter((row) => row.priority !== 'transactional').length;
    });
  }
}

/** An adapter that throws is a bug: whether the provider got the message is unknown, so it is not retried blindly. */
async function sendSafely(handover: Handover): Promise<SendResult> {
  try {
    return await handover.adapter.send(handover.outgoing);
  } catch (error) {
    return {
      outcome: 'unknown',
      reason: `the channel failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
