CREATE TABLE "erased_identities" (
	"workspace_id" text NOT NULL,
	"hash" text PRIMARY KEY NOT NULL,
	"customer_id" text NOT NULL,
	"erased_at" timestamp with time zone NOT NULL
);
