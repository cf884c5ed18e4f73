CREATE TABLE "message_pending_receipts" (
	"workspace_id" text NOT NULL,
	"channel" text NOT NULL,
	"provider_message_id" text NOT NULL,
	"status" text NOT NULL,
	"detail" text,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "message_pending_receipts_workspace_id_channel_provider_message_id_pk" PRIMARY KEY("workspace_id","channel","provider_message_id")
);
