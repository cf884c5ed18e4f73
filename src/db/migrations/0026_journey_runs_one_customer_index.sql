DROP INDEX "journey_runs_entry_idx";--> statement-breakpoint
DROP INDEX "journey_runs_customer_idx";--> statement-breakpoint
CREATE INDEX "journey_runs_customer_idx" ON "journey_runs" USING btree ("customer_id","journey_id","entry_key","entered_at");