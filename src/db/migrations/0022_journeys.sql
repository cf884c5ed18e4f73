CREATE TABLE "journey_run_steps" (
	"run_id" text NOT NULL,
	"seq" integer NOT NULL,
	"workspace_id" text NOT NULL,
	"node" text,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb NOT NULL,
	CONSTRAINT "journey_run_steps_run_id_seq_pk" PRIMARY KEY("run_id","seq")
);
--> statement-breakpoint
CREATE TABLE "journey_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"journey_id" text NOT NULL,
	"version" integer NOT NULL,
	"customer_id" text NOT NULL,
	"entry_key" text DEFAULT '' NOT NULL,
	"node" text,
	"state" text NOT NULL,
	"wake_at" timestamp with time zone,
	"arriving" boolean DEFAULT false NOT NULL,
	"holdout" boolean NOT NULL,
	"context" jsonb NOT NULL,
	"steps" integer DEFAULT 0 NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"goal_until" timestamp with time zone,
	"converted_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"outcome" text,
	"outcome_reason" text
);
--> statement-breakpoint
CREATE TABLE "journey_versions" (
	"journey_id" text NOT NULL,
	"version" integer NOT NULL,
	"workspace_id" text NOT NULL,
	"graph" jsonb NOT NULL,
	"listens" text[] NOT NULL,
	"in_flight" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text,
	CONSTRAINT "journey_versions_journey_id_version_pk" PRIMARY KEY("journey_id","version")
);
--> statement-breakpoint
CREATE TABLE "journeys" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"draft" jsonb NOT NULL,
	"status" text NOT NULL,
	"live_version" integer,
	"entry_segment_id" text,
	"ready_made" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "journey_runs_open_idx" ON "journey_runs" USING btree ("journey_id","customer_id","entry_key") WHERE state <> 'ended';--> statement-breakpoint
CREATE INDEX "journey_runs_due_idx" ON "journey_runs" USING btree ("wake_at") WHERE state <> 'ended';--> statement-breakpoint
CREATE INDEX "journey_runs_customer_idx" ON "journey_runs" USING btree ("workspace_id","customer_id","entered_at");--> statement-breakpoint
CREATE INDEX "journey_runs_journey_idx" ON "journey_runs" USING btree ("journey_id","version","entered_at");--> statement-breakpoint
CREATE INDEX "journeys_workspace_idx" ON "journeys" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "journeys_ready_made_idx" ON "journeys" USING btree ("workspace_id","ready_made") WHERE ready_made is not null;