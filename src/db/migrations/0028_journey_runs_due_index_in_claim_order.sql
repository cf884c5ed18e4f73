DROP INDEX "journey_runs_due_idx";--> statement-breakpoint
CREATE INDEX "journey_runs_due_idx" ON "journey_runs" USING btree ("wake_at","id") WHERE state <> 'ended';