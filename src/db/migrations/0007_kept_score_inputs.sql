ALTER TABLE "customer_scores" ADD COLUMN "first_purchase_day" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "last_purchase_day" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "previous_purchase_day" integer;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "first_day_net_minor" double precision;--> statement-breakpoint
ALTER TABLE "customer_scores" ADD COLUMN "days_time_zone" text;--> statement-breakpoint
CREATE INDEX "customers_merged_idx" ON "customers" USING btree ("workspace_id","id") WHERE merged_into is not null;