import { RetainError } from '../../../core/errors.js';
import { loyaltySweepRowsMax } from '../../../core/limits.js';
import type { Db } from '../../../db/connection.js';
import { isTimeZone } from '../../../core/intl.js';
import { getWorkspace } from '../../workspaces/index.js';
import { addDays } from '../arithmetic.js';
import { findTraits } from '../earning/index.js';
import { awardsFor, activeRulesFor, type RuleRow, tierMultiplierPercent } from '../program/index.js';
import { earnPoints, findEntryByKey, reasonText } from '../ledger/index.js';
import { birthdayCandidates, type BirthdayCandidate } from './schedule.queries.js';

// A formatter per zone, made once: making one costs far more than formatting with it.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date at `at` in a time zone: `{ year, monthDay: 'MM-DD' }`. */
function localDate(at: Date, timeZone: string): { year: number; monthDay: string } {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { year: Number(part('year')), monthDay: `${part('month')}-${part('day')}` };
}

/**
 * Birthday rules, once per rule per year, from the moment the birthday starts where the customer
 * lives: their `timezone` trait, else the workspace's time zone. Time zones run from UTC−12 to
 * UTC+14, so today somewhere is yesterday, today or tomorrow in UTC: those three days are asked
 * for and each profile is checked in its own zone.
 */
export async function birthdays(db: Db, now: Date, scope: string | null): Promise<number> {
  const monthDays = [-1, 0, 1].map((d) => addDays(now, d).toISOString().slice(5, 10));
  const workspaceZones = new Map<string, string>();
  // Most shops have no birthday rule: their members' birthdays are passed over unread.
  const rulesOf = new Map<string, RuleRow[]>();
  let awarded = 0;
  let after: BirthdayCandidate | null = null;
  for (;;) {
    const page = await birthdayCandidates(db, monthDays, after, loyaltySweepRowsMax, scope);
    for (const candidate of page) {
      if (!rulesOf.has(candidate.workspaceId))
        rulesOf.set(candidate.workspaceId, await activeRulesFor(db, candidate.workspaceId, null));
      const rules = rulesOf.get(candidate.workspaceId)!;
      if (rules.length === 0) continue;
      const zone = await zoneOf(db, candidate, workspaceZones);
      const today = localDate(now, zone);
      if (today.monthDay === candidate.monthDay)
        awarded += await award(db, candidate, rules, today.year, now);
    }
    if (page.length < loyaltySweepRowsMax) return awarded;
    after = page[page.length - 1]!;
  }
}

async function zoneOf(db: Db, candidate: BirthdayCandidate, workspaceZones: Map<string, string>) {
  if (candidate.timeZone && isTimeZone(candidate.timeZone)) return candidate.timeZone;
  let zone = workspaceZones.get(candidate.workspaceId);
  if (!zone) {
    zone = (await getWorkspace(db, candidate.workspaceId)).timezone;
    workspaceZones.set(candidate.workspaceId, zone);
  }
  return zone;
}

async function award(
  db: Db,
  candidate: BirthdayCandidate,
  rules: RuleRow[],
  year: number,
  now: Date,
): Promise<number> {
  const { workspaceId, customerId } = candidate;
  return db.transaction(async (tx) => {
    const awards = await awardsFor(
      tx,
      {
        workspaceId,
        customerId,
        eventName: null,
        properties: {},
        traits: await findTraits(tx, workspaceId, customerId),
        order: null,
        tierMultiplierPercent: await tierMultiplierPercent(tx, workspaceId, customerId),
        at: now,
      },
      rules,
    );
    let count = 0;
    for (const award of awards) {
      const key = `birthday:${award.ruleId}:${customerId}:${year}`;
      if (await findEntryByKey(tx, workspaceId, key)) continue;
      try {
        await earnPoints(tx, {
          workspaceId,
          customerId,
          points: award.points,
          kind: 'bonus',
          reason: reasonText('birthday'),
          source: { type: 'birthday', id: String(year) },
          idempotencyKey: key,
          at: now,
          rule: { id: award.ruleId, version: award.version },
        });
      } catch (error) {
        // A full balance gets no birthday points, and the sweep goes on to everyone else's birthday
        // (the refusal wrote nothing, so the transaction is still good).
        if (error instanceof RetainError && error.code === 'points_balance_limit_reached') continue;
        throw error;
      }
      count++;
    }
    return count;
  });
}
