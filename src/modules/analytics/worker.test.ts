import { describe, expect, it } from 'vitest';
import { createTestShop, insertOrders, useTestApp } from '../../testing/index.js';
import { recomputeAll } from './recompute.js';
import { claimRecompute, releaseRecompute } from './recompute.queries.js';
import { nightlyRecomputeDue } from './worker.js';

const testApp = useTestApp();

describe('the nightly recompute schedule', () => {
  it('is due once a day at nightly_recompute_hour in the workspace time zone', async () => {
    // Ho Chi Minh City is UTC+7: 03:00 local is 20:00 UTC the day before.
    const shop = await createTestShop(testApp(), { timezone: 'Asia/Ho_Chi_Minh' });
    const db = testApp().ctx.db;
    const ws = shop.workspace.id;
    await insertOrders(db, ws, {
      customerId: ['cus_night'],
      placedAtMs: [Date.parse('2026-05-01T10:00:00Z')],
      totalMinor: [100],
    });
    expect(await nightlyRecomputeDue(db, ws, new Date('2026-05-10T12:00:00Z'))).toBe(true); // never ran
    await recomputeAll(db, ws, { asOf: new Date('2026-05-10T12:00:00Z') });
    expect(await nightlyRecomputeDue(db, ws, new Date('2026-05-10T19:59:00Z'))).toBe(false); // 02:59 local
    expect(await nightlyRecomputeDue(db, ws, new Date('2026-05-10T20:00:00Z'))).toBe(true); // 03:00 local
    await recomputeAll(db, ws, { asOf: new Date('2026-05-10T20:00:00Z') });
    expect(await nightlyRecomputeDue(db, ws, new Date('2026-05-11T12:00:00Z'))).toBe(false);
  });

  it('lets one process at a time claim a workspace’s recompute', async () => {
    const shop = await createTestShop(testApp());
    const db = testApp().ctx.db;
    expect(await claimRecompute(db, shop.workspace.id, 60)).toBe(true);
    expect(await claimRecompute(db, shop.workspace.id, 60)).toBe(false);
    await releaseRecompute(db, shop.workspace.id);
    expect(await claimRecompute(db, shop.workspace.id, 60)).toBe(true);
  });
});
