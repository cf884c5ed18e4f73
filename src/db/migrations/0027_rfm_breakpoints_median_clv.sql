ALTER TABLE "rfm_breakpoints" ADD COLUMN "median_clv_12_months_minor" double precision;--> statement-breakpoint
-- Workspaces recomputed before this column existed: their median over the scores they have.
UPDATE "rfm_breakpoints" b SET "median_clv_12_months_minor" = (
  SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY s."clv_12_months_minor") FROM "customer_scores" s
  WHERE s."workspace_id" = b."workspace_id" AND s."clv_12_months_minor" IS NOT NULL);
