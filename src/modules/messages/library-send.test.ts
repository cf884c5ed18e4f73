import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../core/clock.js';
import { createTestShop, settledOrWaiting, useTestApp } from '../../testing/index.js';
import { libraryCopy } from './library-send.js';
import { messageTemplates } from './schema.js';
import { couponCodeKey } from './templates/index.js';

const clock = fixedClock(new Date('2026-03-02T03:00:00Z'));
const getApp = useTestApp({ clock });
const db = () => getApp().ctx.db;
const copy = { key: couponCodeKey, language: 'en' };

describe("a library template's workspace copy", () => {
  it('is found without waiting for a transaction that holds it, and made once by two at once', async () => {
    const shop = await createTestShop(getApp(), { timezone: 'Asia/Ho_Chi_Minh', locale: 'en-US' });
    const workspaceId = shop.workspace.id;
    const [first, second] = await db().transaction(async (tx) => {
      const made = await libraryCopy(tx, workspaceId, copy, clock.now());
      // The second maker waits for the first to commit, then finds its copy.
      const other = db().transaction((tx2) => libraryCopy(tx2, workspaceId, copy, clock.now()));
      expect(await settledOrWaiting(tx, other)).toBe('waiting');
      return [made, other] as const;
    });
    expect(await second).toEqual(first);
    // Once made, a lookup takes no lock: the journeys worker's loops each hold theirs to the commit.
    await db().transaction(async (tx) => {
      expect(await libraryCopy(tx, workspaceId, copy, clock.now())).toEqual(first);
      const other = db().transaction((tx2) => libraryCopy(tx2, workspaceId, copy, clock.now()));
      expect(await settledOrWaiting(tx, other)).toBe('settled');
      expect(await other).toEqual(first);
    });
    const copies = await db()
      .select({ id: messageTemplates.id })
      .from(messageTemplates)
      .where(
        and(eq(messageTemplates.workspaceId, workspaceId), eq(messageTemplates.libraryKey, couponCodeKey)),
      );
    expect(copies).toHaveLength(1);
  });
});
