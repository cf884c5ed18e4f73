CREATE TABLE "loyalty_order_refunds" (
	"workspace_id" text NOT NULL,
	"order_id" text NOT NULL,
	"refund_key" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_order_refunds_workspace_id_order_id_refund_key_pk" PRIMARY KEY("workspace_id","order_id","refund_key")
);
