import { sql } from 'drizzle-orm';

/**
 * Each customer's current scores as a relation, for the customer list's filters and sorts, which
 * must page inside PostgreSQL. Read it; only analytics writes it. Its columns are workspace_id,
 * customer_id, stage, segment, r_score, f_score, m_score, orders, net_revenue_minor,
 * first_order_at, last_order_at, probability_alive and clv_12_months_minor. A customer without a
 * row is a prospect (no order yet).
 *
 * Predictions follow predictionState (prediction-state.ts): null for a customer with no order up
 * to the current model's as_of, though the refresh that scored their first order stored the
 * model's P(alive) of 1 for a single purchase day; so the list says what their predictions do.
 * Without a fitted model nothing was predicted, and the stored values (null) pass through.
 */
export const customerScoresRelation = sql.raw(`(
  select s.workspace_id, s.customer_id, s.stage, s.segment, s.r_score, s.f_score, s.m_score,
         s.orders, s.net_revenue_minor, s.first_order_at, s.last_order_at,
         case when m.as_of is null or s.first_order_at <= m.as_of then s.probability_alive end
           as probability_alive,
         case when m.as_of is null or s.first_order_at <= m.as_of then s.clv_12_months_minor end
           as clv_12_months_minor
  from customer_scores s
  left join (
    select distinct on (workspace_id) workspace_id, as_of from model_fits
    where status = 'done' order by workspace_id, finished_at desc, id desc
  ) m on m.workspace_id = s.workspace_id
)`);
