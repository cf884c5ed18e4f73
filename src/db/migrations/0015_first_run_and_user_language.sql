ALTER TABLE "dashboard_users" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "workspaces" ADD COLUMN "onboarded_at" timestamp with time zone;--> statement-breakpoint
-- A shop whose owner already signed up has been running on its settings: the first run is for new shops.
UPDATE "workspaces" SET "onboarded_at" = now() WHERE EXISTS (SELECT 1 FROM "dashboard_users" WHERE "dashboard_users"."workspace_id" = "workspaces"."id");
