CREATE TABLE "analytics_pending_refreshes" (
	"event_id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_recompute_claims" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"claimed_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_scores" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"stage" text NOT NULL,
	"orders" integer NOT NULL,
	"purchase_days" integer NOT NULL,
	"first_order_at" timestamp with time zone,
	"last_order_at" timestamp with time zone,
	"net_revenue_minor" double precision NOT NULL,
	"recency_days" integer,
	"r_score" integer,
	"f_score" integer,
	"m_score" integer,
	"segment" text,
	"probability_alive" double precision,
	"expected_purchases_30" double precision,
	"expected_purchases_90" double precision,
	"expected_purchases_365" double precision,
	"expected_order_value_minor" double precision,
	"clv_12_months_minor" double precision,
	"expected_gap_days" double precision,
	"as_of" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_scores_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "customer_stage_history" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "model_fits" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"status" text NOT NULL,
	"as_of" timestamp with time zone NOT NULL,
	"time_unit" text NOT NULL,
	"penalizer" double precision NOT NULL,
	"result" jsonb,
	"error" text,
	"fit_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "rfm_breakpoints" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"recency_days" jsonb NOT NULL,
	"orders" jsonb NOT NULL,
	"net_revenue_minor" jsonb NOT NULL,
	"customers" integer NOT NULL,
	"as_of" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"redacted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"workspace_id" text NOT NULL,
	"key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"state" text NOT NULL,
	"response_status" smallint,
	"response_body" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_workspace_id_key_pk" PRIMARY KEY("workspace_id","key")
);
--> statement-breakpoint
CREATE TABLE "coupon_codes" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"coupon_id" text NOT NULL,
	"code" text NOT NULL,
	"redemptions_max" integer,
	"times_redeemed" integer DEFAULT 0 NOT NULL,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coupon_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"coupon_id" text NOT NULL,
	"code_id" text NOT NULL,
	"customer_id" text,
	"order_id" text NOT NULL,
	"order_total_minor" bigint,
	"discount_minor" bigint,
	"source" text NOT NULL,
	"redeemed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"amount_off_minor" bigint,
	"percent_off" integer,
	"currency" text NOT NULL,
	"product_id" text,
	"minimum_order_minor" bigint,
	"expires_at" timestamp with time zone,
	"redemptions_max" integer,
	"redemptions_per_customer_max" integer,
	"times_redeemed" integer DEFAULT 0 NOT NULL,
	"customer_id" text,
	"source" text DEFAULT 'api' NOT NULL,
	"voided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_identities" (
	"workspace_id" text NOT NULL,
	"kind" text NOT NULL,
	"value" text NOT NULL,
	"customer_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_identities_workspace_id_kind_value_pk" PRIMARY KEY("workspace_id","kind","value")
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"external_id" text,
	"email" text,
	"phone" text,
	"first_name" text,
	"last_name" text,
	"name" text,
	"timezone" text,
	"locale" text,
	"birthday" text,
	"traits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trait_times" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_name" text,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"merged_into" text,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumer_cursors" (
	"consumer" text PRIMARY KEY NOT NULL,
	"tx_id" "xid8" DEFAULT '0'::xid8 NOT NULL,
	"event_id" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consumer_failures" (
	"consumer" text NOT NULL,
	"event_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"error" text NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" text PRIMARY KEY NOT NULL,
	"tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"workspace_id" text NOT NULL,
	"message_id" text NOT NULL,
	"type" text NOT NULL,
	"name" text,
	"user_id" text,
	"anonymous_id" text,
	"previous_id" text,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"traits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'api' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_tiers" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"tier_id" text NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"review_at" timestamp with time zone NOT NULL,
	CONSTRAINT "customer_tiers_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "earn_rule_versions" (
	"rule_id" text NOT NULL,
	"version" integer NOT NULL,
	"workspace_id" text NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "earn_rule_versions_rule_id_version_pk" PRIMARY KEY("rule_id","version")
);
--> statement-breakpoint
CREATE TABLE "earn_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"active" boolean NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_early_refunds" (
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"event_id" text NOT NULL,
	"properties" jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_early_refunds_workspace_id_order_id_event_id_pk" PRIMARY KEY("workspace_id","order_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "loyalty_orders" (
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_orders_workspace_id_order_id_pk" PRIMARY KEY("workspace_id","order_id")
);
--> statement-breakpoint
CREATE TABLE "loyalty_profiles" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"traits" jsonb NOT NULL,
	"month_day" text,
	CONSTRAINT "loyalty_profiles_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "loyalty_programs" (
	"workspace_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_tiers" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"threshold" bigint NOT NULL,
	"earn_multiplier_percent" integer NOT NULL,
	"free_shipping" boolean NOT NULL,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_accounts" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	"lifetime_earned" bigint DEFAULT 0 NOT NULL,
	"lifetime_redeemed" bigint DEFAULT 0 NOT NULL,
	"lifetime_expired" bigint DEFAULT 0 NOT NULL,
	"last_activity_at" timestamp with time zone,
	"negative_since" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "points_accounts_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "points_allocations" (
	"entry_id" text NOT NULL,
	"lot_id" text NOT NULL,
	"workspace_id" text NOT NULL,
	"points" bigint NOT NULL,
	CONSTRAINT "points_allocations_entry_id_lot_id_pk" PRIMARY KEY("entry_id","lot_id")
);
--> statement-breakpoint
CREATE TABLE "points_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"kind" text NOT NULL,
	"points" bigint NOT NULL,
	"pending_points" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"pending_after" bigint NOT NULL,
	"requested_points" bigint,
	"reason" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"idempotency_key" text,
	"related_entry_id" text,
	"rule_id" text,
	"rule_version" integer,
	"actor" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "points_lots" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"entry_id" text NOT NULL,
	"origin_entry_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"remaining" bigint NOT NULL,
	"state" text NOT NULL,
	"pending_until" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "store_credit_accounts" (
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"currency" text NOT NULL,
	"balance_minor" bigint DEFAULT 0 NOT NULL,
	"negative_since" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "store_credit_accounts_workspace_id_customer_id_pk" PRIMARY KEY("workspace_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "store_credit_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"balance_after_minor" bigint NOT NULL,
	"requested_minor" bigint,
	"currency" text NOT NULL,
	"reason" text NOT NULL,
	"source_type" text NOT NULL,
	"source_id" text NOT NULL,
	"idempotency_key" text,
	"related_entry_id" text,
	"actor" text,
	"occurred_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"product_id" text,
	"sku" text,
	"name" text,
	"category" text,
	"price_minor" bigint NOT NULL,
	"quantity" integer NOT NULL,
	"refunded_quantity" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_refunds" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"requested_minor" bigint NOT NULL,
	"reason" text,
	"source_event_id" text NOT NULL,
	"refunded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "order_rejections" (
	"workspace_id" text NOT NULL,
	"event_id" text NOT NULL,
	"event_name" text NOT NULL,
	"order_id" text,
	"reason" text NOT NULL,
	"message" text NOT NULL,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "order_rejections_workspace_id_event_id_pk" PRIMARY KEY("workspace_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"order_id" text NOT NULL,
	"placed_at" timestamp with time zone NOT NULL,
	"currency" text NOT NULL,
	"total_minor" bigint NOT NULL,
	"subtotal_minor" bigint,
	"discount_minor" bigint,
	"shipping_minor" bigint,
	"tax_minor" bigint,
	"refunded_minor" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'completed' NOT NULL,
	"currency_mismatch" boolean DEFAULT false NOT NULL,
	"coupon_code" text,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_event_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dashboard_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dashboard_users" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workspaces" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"currency" text NOT NULL,
	"timezone" text NOT NULL,
	"locale" text NOT NULL,
	"settings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_badges" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"challenge_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"image_url" text,
	"bonus_points" integer NOT NULL,
	"points_entry_id" text,
	"earned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_challenge_events" (
	"workspace_id" text NOT NULL,
	"challenge_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"event_key" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_challenge_events_workspace_id_challenge_id_customer_id_event_key_pk" PRIMARY KEY("workspace_id","challenge_id","customer_id","event_key")
);
--> statement-breakpoint
CREATE TABLE "loyalty_challenges" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"event_name" text NOT NULL,
	"conditions" jsonb NOT NULL,
	"events_required" integer NOT NULL,
	"window_days" integer NOT NULL,
	"bonus_points" integer NOT NULL,
	"badge_name" text NOT NULL,
	"badge_description" text,
	"badge_image_url" text,
	"active_from" timestamp with time zone NOT NULL,
	"active_until" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_redemptions" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"reward_id" text NOT NULL,
	"reward_name" text NOT NULL,
	"kind" text NOT NULL,
	"points" integer NOT NULL,
	"spend_entry_id" text NOT NULL,
	"coupon_id" text,
	"code_id" text,
	"code" text,
	"credit_amount_minor" bigint,
	"credit_entry_id" text,
	"currency" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"return_entry_id" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_rewards" (
	"id" text PRIMARY KEY NOT NULL,
	"workspace_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" text NOT NULL,
	"points_cost" integer NOT NULL,
	"amount_off_minor" bigint,
	"percent_off" integer,
	"product_id" text,
	"credit_amount_minor" bigint,
	"currency" text NOT NULL,
	"minimum_order_minor" bigint,
	"minimum_tier_id" text,
	"stock" integer,
	"active_from" timestamp with time zone,
	"active_until" timestamp with time zone,
	"coupon_expires_after_days" integer,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "analytics_pending_refreshes_workspace_idx" ON "analytics_pending_refreshes" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "customer_stage_history_customer_idx" ON "customer_stage_history" USING btree ("workspace_id","customer_id","changed_at");--> statement-breakpoint
CREATE INDEX "customer_stage_history_time_idx" ON "customer_stage_history" USING btree ("workspace_id","changed_at");--> statement-breakpoint
CREATE INDEX "model_fits_workspace_idx" ON "model_fits" USING btree ("workspace_id","status","finished_at");--> statement-breakpoint
CREATE INDEX "model_fits_status_idx" ON "model_fits" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_idx" ON "api_keys" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "api_keys_workspace_idx" ON "api_keys" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_codes_code_idx" ON "coupon_codes" USING btree ("workspace_id","code");--> statement-breakpoint
CREATE INDEX "coupon_codes_coupon_idx" ON "coupon_codes" USING btree ("workspace_id","coupon_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "coupon_redemptions_order_idx" ON "coupon_redemptions" USING btree ("workspace_id","code_id","order_id");--> statement-breakpoint
CREATE INDEX "coupon_redemptions_customer_idx" ON "coupon_redemptions" USING btree ("workspace_id","coupon_id","customer_id");--> statement-breakpoint
CREATE INDEX "coupons_workspace_idx" ON "coupons" USING btree ("workspace_id","source","id");--> statement-breakpoint
CREATE INDEX "customer_identities_customer_idx" ON "customer_identities" USING btree ("workspace_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_external_idx" ON "customers" USING btree ("workspace_id","external_id");--> statement-breakpoint
CREATE INDEX "customers_email_idx" ON "customers" USING btree ("workspace_id","email" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "customers_name_idx" ON "customers" USING btree ("workspace_id","search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "customers_live_idx" ON "customers" USING btree ("workspace_id","id") WHERE merged_into is null;--> statement-breakpoint
CREATE UNIQUE INDEX "consumer_failures_idx" ON "consumer_failures" USING btree ("consumer","event_id");--> statement-breakpoint
CREATE UNIQUE INDEX "events_message_idx" ON "events" USING btree ("workspace_id","message_id");--> statement-breakpoint
CREATE INDEX "events_log_order_idx" ON "events" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "events_user_idx" ON "events" USING btree ("workspace_id","user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "events_anonymous_idx" ON "events" USING btree ("workspace_id","anonymous_id") WHERE "events"."user_id" is null;--> statement-breakpoint
CREATE INDEX "customer_tiers_review_idx" ON "customer_tiers" USING btree ("review_at");--> statement-breakpoint
CREATE INDEX "earn_rules_workspace_idx" ON "earn_rules" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "loyalty_orders_customer_idx" ON "loyalty_orders" USING btree ("workspace_id","customer_id","completed_at");--> statement-breakpoint
CREATE INDEX "loyalty_profiles_birthday_idx" ON "loyalty_profiles" USING btree ("month_day");--> statement-breakpoint
CREATE INDEX "loyalty_tiers_workspace_idx" ON "loyalty_tiers" USING btree ("workspace_id","threshold");--> statement-breakpoint
CREATE INDEX "points_allocations_lot_idx" ON "points_allocations" USING btree ("lot_id");--> statement-breakpoint
CREATE UNIQUE INDEX "points_entries_key_idx" ON "points_entries" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "points_entries_customer_idx" ON "points_entries" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "points_entries_source_idx" ON "points_entries" USING btree ("workspace_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "points_entries_related_idx" ON "points_entries" USING btree ("workspace_id","related_entry_id");--> statement-breakpoint
CREATE INDEX "points_entries_rule_idx" ON "points_entries" USING btree ("workspace_id","rule_id","customer_id");--> statement-breakpoint
CREATE INDEX "points_entries_occurred_idx" ON "points_entries" USING btree ("workspace_id","occurred_at");--> statement-breakpoint
CREATE INDEX "points_lots_customer_idx" ON "points_lots" USING btree ("workspace_id","customer_id","state");--> statement-breakpoint
CREATE INDEX "points_lots_origin_idx" ON "points_lots" USING btree ("workspace_id","origin_entry_id");--> statement-breakpoint
CREATE INDEX "points_lots_pending_idx" ON "points_lots" USING btree ("pending_until") WHERE state = 'pending' and remaining > 0;--> statement-breakpoint
CREATE INDEX "points_lots_expiry_idx" ON "points_lots" USING btree ("expires_at") WHERE state = 'posted' and remaining > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "store_credit_entries_key_idx" ON "store_credit_entries" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "store_credit_entries_customer_idx" ON "store_credit_entries" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "store_credit_entries_source_idx" ON "store_credit_entries" USING btree ("workspace_id","source_type","source_id");--> statement-breakpoint
CREATE INDEX "order_lines_order_idx" ON "order_lines" USING btree ("workspace_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "order_refunds_event_idx" ON "order_refunds" USING btree ("workspace_id","source_event_id");--> statement-breakpoint
CREATE INDEX "order_refunds_order_idx" ON "order_refunds" USING btree ("workspace_id","order_id");--> statement-breakpoint
CREATE INDEX "order_rejections_order_idx" ON "order_rejections" USING btree ("workspace_id","order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "orders_order_id_idx" ON "orders" USING btree ("workspace_id","order_id");--> statement-breakpoint
CREATE INDEX "orders_workspace_idx" ON "orders" USING btree ("workspace_id","id");--> statement-breakpoint
CREATE INDEX "orders_currency_mismatch_idx" ON "orders" USING btree ("workspace_id","id") WHERE currency_mismatch;--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("workspace_id","customer_id","placed_at");--> statement-breakpoint
CREATE INDEX "orders_placed_idx" ON "orders" USING btree ("workspace_id","placed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_invitations_token_idx" ON "dashboard_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "dashboard_invitations_workspace_idx" ON "dashboard_invitations" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_sessions_token_idx" ON "dashboard_sessions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "dashboard_sessions_user_idx" ON "dashboard_sessions" USING btree ("workspace_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dashboard_users_email_idx" ON "dashboard_users" USING btree ("email");--> statement-breakpoint
CREATE INDEX "dashboard_users_workspace_idx" ON "dashboard_users" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_badges_once_idx" ON "loyalty_badges" USING btree ("workspace_id","customer_id","challenge_id");--> statement-breakpoint
CREATE INDEX "loyalty_badges_customer_idx" ON "loyalty_badges" USING btree ("workspace_id","customer_id","earned_at");--> statement-breakpoint
CREATE INDEX "loyalty_challenge_events_time_idx" ON "loyalty_challenge_events" USING btree ("workspace_id","challenge_id","customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "loyalty_challenges_workspace_idx" ON "loyalty_challenges" USING btree ("workspace_id","event_name");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_redemptions_key_idx" ON "loyalty_redemptions" USING btree ("workspace_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "loyalty_redemptions_customer_idx" ON "loyalty_redemptions" USING btree ("workspace_id","customer_id","id");--> statement-breakpoint
CREATE INDEX "loyalty_rewards_workspace_idx" ON "loyalty_rewards" USING btree ("workspace_id","id");