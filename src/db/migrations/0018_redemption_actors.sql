ALTER TABLE "loyalty_redemptions" ADD COLUMN "actor" text;--> statement-breakpoint
ALTER TABLE "loyalty_redemptions" ADD COLUMN "cancelled_by" text;