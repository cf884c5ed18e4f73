DROP INDEX "messages_provider_id_idx";--> statement-breakpoint
DROP INDEX "messages_sent_idx";--> statement-breakpoint
CREATE INDEX "messages_provider_id_idx" ON "messages" USING btree ("workspace_id","provider_message_id") WHERE provider_message_id is not null;--> statement-breakpoint
CREATE INDEX "messages_sent_idx" ON "messages" USING btree ("workspace_id","sent_at") WHERE sent_at is not null;