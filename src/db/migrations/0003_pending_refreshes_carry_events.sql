-- Queued refreshes carry their event's place in the log, name and properties. Rows queued
-- before this version take them from the log; a row whose event is gone has nothing to refresh.
ALTER TABLE "analytics_pending_refreshes" ADD COLUMN "tx_id" "xid8";--> statement-breakpoint
ALTER TABLE "analytics_pending_refreshes" ADD COLUMN "name" text;--> statement-breakpoint
ALTER TABLE "analytics_pending_refreshes" ADD COLUMN "properties" jsonb;--> statement-breakpoint
UPDATE "analytics_pending_refreshes" p SET "tx_id" = e."tx_id", "name" = e."name", "properties" = e."properties"
  FROM "events" e WHERE e."id" = p."event_id";--> statement-breakpoint
DELETE FROM "analytics_pending_refreshes" WHERE "tx_id" IS NULL OR "name" IS NULL;--> statement-breakpoint
ALTER TABLE "analytics_pending_refreshes" ALTER COLUMN "tx_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_pending_refreshes" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_pending_refreshes" ALTER COLUMN "properties" SET NOT NULL;
