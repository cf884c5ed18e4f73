import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  currency: text('currency').notNull(),
  timezone: text('timezone').notNull(),
  locale: text('locale').notNull(),
  /** Module settings that have no table of their own (e.g. lifecycle thresholds). */
  settings: jsonb('settings').$type<Record<string, unknown>>().notNull().default({}),
  /**
   * When someone first chose the currency, time zone and locale: until then the dashboard's first
   * run asks the owner, before an order can lock the currency.
   */
  onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
