-- The analytics recompute reads every order in (customer, time) order through this index. With
-- the amounts it sums carried in the index, that read is an index-only scan: it no longer visits
-- the table, whose rows lie in the order they arrived (time), not by customer — one random heap
-- read per order otherwise. Pages autovacuum has marked all-visible are read from the index alone.
DROP INDEX IF EXISTS "orders_customer_idx";--> statement-breakpoint
CREATE INDEX "orders_customer_idx" ON "orders" USING btree ("workspace_id","customer_id","placed_at") INCLUDE ("total_minor","refunded_minor","currency_mismatch");
