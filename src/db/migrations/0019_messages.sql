CREATE TABLE "broadcasts" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"topic" text NOT NULL,
	"priority" text NOT NULL,
	"send_at" timestamp with time zone NOT NULL,
	"local_time" text,
	"expires_at" timestamp with time zone,
	"status" text NOT NULL,
	"enqueued_through" text,
	"enqueued_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consent_changes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_attempts" (
	"workspace_id" text NOT NULL,
	"message_id" text NOT NULL,
	"attempt" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	"detail" text,
	CONSTRAINT "message_attempts_message_id_attempt_pk" PRIMARY KEY("message_id","attempt")
);
--> statement-breakpoint
CREATE TABLE "message_channels" (
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"settings" jsonb NOT NULL,
	"secrets_box" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_channels_workspace_id_kind_pk" PRIMARY KEY("workspace_id","kind")
);
--> statement-breakpoint
CREATE TABLE "message_consents" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"channel" text NOT NULL,
	"topic" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_consents_workspace_id_customer_id_channel_topic_pk" PRIMARY KEY("workspace_id","customer_id","channel","topic")
);
--> statement-breakpoint
CREATE TABLE "message_template_versions" (
	"workspace_id" text NOT NULL,
	"template_id" text NOT NULL,
	"version" integer NOT NULL,
	"source" jsonb NOT NULL,
	"compiled_html" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_template_versions_template_id_version_pk" PRIMARY KEY("template_id","version")
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"library_key" text,
	"language" text,
	"current_version" integer NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"channel" text NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"data" jsonb NOT NULL,
	"priority" text NOT NULL,
	"priority_rank" smallint NOT NULL,
	"topic" text,
	"status" text NOT NULL,
	"reason" text,
	"send_after" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"producer_kind" text NOT NULL,
	"producer_id" text,
	"dedupe_key" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"handed_at" timestamp with time zone,
	"address" text,
	"provider" text,
	"provider_message_id" text,
	"decisions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"content" jsonb,
	"subject" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"clicked_at" timestamp with time zone,
	"read_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messaging_settings" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"pacing" jsonb NOT NULL,
	"track_opens" boolean DEFAULT true NOT NULL,
	"track_clicks" boolean DEFAULT true NOT NULL,
	"double_opt_in" boolean DEFAULT false NOT NULL,
	"consent_traits" jsonb NOT NULL,
	"public_url" text,
	"link_secret" text NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "push_subscriptions" (
	"workspace_id" text NOT NULL,
	"endpoint" text NOT NULL,
	"customer_id" text NOT NULL,
	"p256dh" text NOT NULL,
	"auth" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "push_subscriptions_workspace_id_endpoint_pk" PRIMARY KEY("workspace_id","endpoint")
);
--> statement-breakpoint
CREATE TABLE "suppressions" (
	"workspace_id" text NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"reason" text NOT NULL,
	"source" text NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "suppressions_workspace_id_channel_address_pk" PRIMARY KEY("workspace_id","channel","address")
);
--> statement-breakpoint
CREATE INDEX "broadcasts_workspace_idx" ON "broadcasts" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "consent_changes_customer_idx" ON "consent_changes" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "message_templates_workspace_idx" ON "message_templates" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_dedupe_idx" ON "messages" USING btree ("workspace_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "messages" USING btree ("priority_rank","send_after") WHERE status = 'queued';--> statement-breakpoint
CREATE INDEX "messages_sending_idx" ON "messages" USING btree ("lease_until") WHERE status = 'sending';--> statement-breakpoint
CREATE INDEX "messages_customer_idx" ON "messages" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "messages_handed_idx" ON "messages" USING btree ("workspace_id","customer_id","handed_at") WHERE handed_at is not null;--> statement-breakpoint
CREATE INDEX "messages_provider_id_idx" ON "messages" USING btree ("workspace_id","provider_message_id");--> statement-breakpoint
CREATE INDEX "messages_sent_idx" ON "messages" USING btree ("workspace_id","sent_at");--> statement-breakpoint
CREATE INDEX "push_subscriptions_customer_idx" ON "push_subscriptions" USING btree ("workspace_id","customer_id");