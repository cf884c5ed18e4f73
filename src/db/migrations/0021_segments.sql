-- A date or instant as segment conditions read traits and properties: a bare date is the start of
-- that day in the customer's zone, a timestamp is itself, anything else is no date (null) rather
-- than an error that would stop the evaluation of a whole page of customers.
CREATE FUNCTION segments_instant(value text, zone text) RETURNS timestamptz
LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
BEGIN
  IF value ~ '^\d{4}-\d{2}-\d{2}$' THEN
    RETURN (value::date)::timestamp AT TIME ZONE zone;
  END IF;
  IF value ~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}' THEN
    RETURN value::timestamptz;
  END IF;
  RETURN NULL;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A date's anniversary in a year; 29 February is kept on the 28th in common years (as most shops
-- and the law in Vietnam, Thailand and Japan count a leap-day birthday).
CREATE FUNCTION segments_anniversary(d date, y int) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN extract(month FROM d) = 2 AND extract(day FROM d) = 29
       AND NOT (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0)) THEN make_date(y, 2, 28)
  ELSE make_date(y, extract(month FROM d)::int, extract(day FROM d)::int)
END;
--> statement-breakpoint
-- The first anniversary of d on or after the day `today`.
CREATE FUNCTION segments_next_anniversary(d date, today date) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN segments_anniversary(d, extract(year FROM today)::int) >= today
    THEN segments_anniversary(d, extract(year FROM today)::int)
  ELSE segments_anniversary(d, extract(year FROM today)::int + 1)
END;
--> statement-breakpoint
CREATE TABLE "segment_customers" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"first_evaluated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "segment_customers_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "segment_memberships" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"segment_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"exited_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "segment_timers" (
	"workspace_id" text NOT NULL,
	"segment_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	CONSTRAINT "segment_timers_segment_id_customer_id_pk" PRIMARY KEY("segment_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"definition" jsonb NOT NULL,
	"triggers" jsonb NOT NULL,
	"ready_made" text,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"rebuild_done" integer DEFAULT 0 NOT NULL,
	"rebuild_total" integer,
	"rebuild_after" text,
	"rebuild_started_at" timestamp with time zone,
	"rebuild_finished_at" timestamp with time zone,
	"scores_seen_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "segment_memberships_current_idx" ON "segment_memberships" USING btree ("segment_id","customer_id") WHERE exited_at is null;--> statement-breakpoint
CREATE INDEX "segment_memberships_customer_idx" ON "segment_memberships" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE INDEX "segment_memberships_segment_idx" ON "segment_memberships" USING btree ("segment_id","entered_at");--> statement-breakpoint
CREATE INDEX "segment_timers_due_idx" ON "segment_timers" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "segments_workspace_idx" ON "segments" USING btree ("workspace_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "segments_ready_made_idx" ON "segments" USING btree ("workspace_id","ready_made") WHERE ready_made is not null;