-- Unlogged (by hand; drizzle-kit has no word for it): the counters need no crash safety, and a
-- commit that touched only them does not wait for the WAL flush.
CREATE UNLOGGED TABLE "rate_limits" (
	"bucket" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"requests" integer NOT NULL
);
