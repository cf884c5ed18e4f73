import { and, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connection.js';
import { newestFirst, type KeysetPage } from '../../../db/keyset.js';
import { loyaltyRedemptions, loyaltyRewards } from './schema.js';

export type RewardRow = typeof loyaltyRewards.$inferSelect;
export type RedemptionRow = typeof loyaltyRedemptions.$inferSelect;

export async function insertReward(db: Db, row: typeof loyaltyRewards.$inferInsert): Promise<RewardRow> {
  const [created] = await db.insert(loyaltyRewards).values(row).returning();
  return created!;
}

export async function findReward(db: Db, workspaceId: string, id: string): Promise<RewardRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyRewards)
    .where(and(eq(loyaltyRewards.workspaceId, workspaceId), eq(loyaltyRewards.id, id)));
  return row;
}

/** Newest first; archived rewards only when asked. */
export async function listRewardRows(
  db: Db,
  workspaceId: string,
  archived: boolean,
  page: KeysetPage,
): Promise<RewardRow[]> {
  return newestFirst(
    db.select().from(loyaltyRewards).$dynamic(),
    loyaltyRewards.id,
    and(
      eq(loyaltyRewards.workspaceId, workspaceId),
      archived ? isNotNull(loyaltyRewards.archivedAt) : isNull(loyaltyRewards.archivedAt),
    ),
    page,
  );
}

export async function updateRewardRow(
  db: Db,
  workspaceId: string,
  id: string,
  changes: Partial<typeof loyaltyRewards.$inferInsert>,
): Promise<RewardRow | undefined> {
  const [row] = await db
    .update(loyaltyRewards)
    .set(changes)
    .where(and(eq(loyaltyRewards.workspaceId, workspaceId), eq(loyaltyRewards.id, id)))
    .returning();
  return row;
}

/** Takes one unit if any is left, atomically: of racing redemptions only as many as units win. */
export async function takeStock(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(loyaltyRewards)
    .set({ stock: sql`${loyaltyRewards.stock} - 1` })
    .where(
      and(
        eq(loyaltyRewards.workspaceId, workspaceId),
        eq(loyaltyRewards.id, id),
        gt(loyaltyRewards.stock, 0),
      ),
    )
    .returning({ id: loyaltyRewards.id });
  return rows.length > 0;
}

/** Puts a unit back (a cancelled redemption), for rewards that count stock. */
export async function returnStock(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .update(loyaltyRewards)
    .set({ stock: sql`${loyaltyRewards.stock} + 1` })
    .where(
      and(
        eq(loyaltyRewards.workspaceId, workspaceId),
        eq(loyaltyRewards.id, id),
        isNotNull(loyaltyRewards.stock),
      ),
    );
}

export async function insertRedemptionRow(
  db: Db,
  row: typeof loyaltyRedemptions.$inferInsert,
): Promise<RedemptionRow> {
  const [created] = await db.insert(loyaltyRedemptions).values(row).returning();
  return created!;
}

export async function findRedemptionByKey(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<RedemptionRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyRedemptions)
    .where(and(eq(loyaltyRedemptions.workspaceId, workspaceId), eq(loyaltyRedemptions.idempotencyKey, key)));
  return row;
}

export async function lockRedemption(
  db: Db,
  workspaceId: string,
  customerId: string,
  id: string,
): Promise<RedemptionRow | undefined> {
  const [row] = await db
    .select()
    .from(loyaltyRedemptions)
    .where(
      and(
        eq(loyaltyRedemptions.workspaceId, workspaceId),
        eq(loyaltyRedemptions.customerId, customerId),
        eq(loyaltyRedemptions.id, id),
      ),
    )
    .for('update');
  return row;
}

export async function markRedemptionCancelled(
  db: Db,
  workspaceId: string,
  id: string,
  cancellation: { returnEntryId: string; actor: string; at: Date },
): Promise<RedemptionRow> {
  const { returnEntryId, actor, at } = cancellation;
  const [row] = await db
    .update(loyaltyRedemptions)
    .set({ status: 'cancelled', returnEntryId, cancelledBy: actor, cancelledAt: at })
    .where(and(eq(loyaltyRedemptions.workspaceId, workspaceId), eq(loyaltyRedemptions.id, id)))
    .returning();
  return row!;
}

export async function listRedemptionRows(
  db: Db,
  workspaceId: string,
  customerId: string,
  page: KeysetPage,
): Promise<RedemptionRow[]> {
  return newestFirst(
    db.select().from(loyaltyRedemptions).$dynamic(),
    loyaltyRedemptions.id,
    and(eq(loyaltyRedemptions.workspaceId, workspaceId), eq(loyaltyRedemptions.customerId, customerId)),
    page,
  );
}

/** A merged profile's redemptions belong to the profile it merged into. */
export async function repointRedemptions(
  db: Db,
  workspaceId: string,
  fromId: string,
  intoId: string,
): Promise<void> {
  await db
    .update(loyaltyRedemptions)
    .set({ customerId: intoId })
    .where(and(eq(loyaltyRedemptions.workspaceId, workspaceId), eq(loyaltyRedemptions.customerId, fromId)));
}
