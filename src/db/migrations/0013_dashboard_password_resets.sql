CREATE TABLE "dashboard_password_resets" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"requested_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_password_resets_token_idx" ON "dashboard_password_resets" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "dashboard_password_resets_user_idx" ON "dashboard_password_resets" USING btree ("workspace_id","user_id");