import fc from 'fast-check';
import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryOne } from '../../db/connection.js';
import { createTestShop, useTestApp } from '../../testing/index.js';
import { resolveCustomerId } from '../customers/index.js';
import { consentOf, setConsent } from './consent.js';
import { consentChanges } from './schema.js';

const getApp = useTestApp();
const db = () => getApp().ctx.db;
const start = Date.UTC(2026, 2, 1);

type Status = 'subscribed' | 'unsubscribed';

describe('consent changes arriving in any order', () => {
  it('end on the newest change, with one record per change of status and one event per unsubscribe', async () => {
    const changes = fc.uniqueArray(
      fc.record({
        hour: fc.integer({ min: 0, max: 500 }),
        status: fc.constantFrom<Status>('subscribed', 'unsubscribed'),
      }),
      { minLength: 1, maxLength: 8, selector: (change) => change.hour },
    );
    await fc.assert(
      fc.asyncProperty(changes, async (arrivals) => {
        const shop = await createTestShop(getApp());
        const workspaceId = shop.workspace.id;
        const customerId = await resolveCustomerId(db(), workspaceId, { userId: 'u' }, new Date(start));
        for (const { hour, status } of arrivals) {
          await db().transaction((tx) =>
            setConsent(tx, {
              workspaceId,
              customerId,
              channel: 'email',
              topic: '',
              status,
              source: 'identify',
              at: new Date(start + hour * 3_600_000),
            }),
          );
        }
        // What should have happened: a change applies unless one already stored is newer, and
        // records something only when it changes the status.
        let stored: { hour: number; status: Status } | null = null;
        let records = 0;
        let unsubscribes = 0;
        for (const change of arrivals) {
          if (stored && stored.hour > change.hour) continue;
          if (stored?.status !== change.status) {
            records += 1;
            if (change.status === 'unsubscribed') unsubscribes += 1;
          }
          stored = change;
        }
        const newest = arrivals.reduce((a, b) => (b.hour > a.hour ? b : a));
        const consent = (await consentOf(db(), workspaceId, [customerId])).get(customerId)!;
        expect(consent.email.status).toBe(newest.status);
        const [row] = await db()
          .select({ n: count() })
          .from(consentChanges)
          .where(and(eq(consentChanges.workspaceId, workspaceId), eq(consentChanges.customerId, customerId)));
        expect(row!.n).toBe(records);
        const events = await queryOne<{ n: number }>(
          db(),
          sql`select count(*)::int as n from events where workspace_id = ${workspaceId} and name = 'Unsubscribed'`,
        );
        expect(events!.n).toBe(unsubscribes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
