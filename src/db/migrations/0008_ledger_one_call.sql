-- A points earning or spend in one call: the account lock, the replay check, the entry, its lot and
-- allocations, the cached account and the loyalty event, in one round trip. Each statement of a
-- PL/pgSQL function takes a fresh snapshot under READ COMMITTED, so everything read after the lock
-- sees what the lock's previous holder committed (one CTE statement could not: its parts share the
-- snapshot taken before the lock wait). They write what ledger-write.ts plans for the same entry;
-- ledger-calls.test.ts holds the two to each other. The two steps both begin with are PL/pgSQL
-- too: PostgreSQL 15 plans a LANGUAGE sql function's body again on every call (+0.3 ms an earning).
CREATE FUNCTION loyalty_lock_account(p_workspace_id text, p_customer_id text)
RETURNS points_accounts LANGUAGE plpgsql AS $$
DECLARE
  account points_accounts%ROWTYPE;
BEGIN
  -- Creates the account if needed; ON CONFLICT DO UPDATE locks it as SELECT … FOR UPDATE would.
  INSERT INTO points_accounts (workspace_id, customer_id) VALUES (p_workspace_id, p_customer_id)
    ON CONFLICT (workspace_id, customer_id) DO UPDATE SET workspace_id = excluded.workspace_id
    RETURNING * INTO account;
  RETURN account;
END $$;
--> statement-breakpoint
CREATE FUNCTION loyalty_recorded_entry(p_workspace_id text, p_idempotency_key text)
RETURNS json LANGUAGE plpgsql STABLE AS $$
DECLARE
  existing json;
BEGIN
  -- What the entry already recorded under this key says of itself, for the caller's replay check.
  SELECT row_to_json(x) INTO existing FROM (
    SELECT id, customer_id AS "customerId", kind, points, pending_points AS "pendingPoints",
      source_type AS "sourceType", source_id AS "sourceId"
    FROM points_entries WHERE workspace_id = p_workspace_id AND idempotency_key = p_idempotency_key) x;
  RETURN existing;
END $$;
--> statement-breakpoint
CREATE FUNCTION loyalty_earn_points(
  p_workspace_id text, p_customer_id text, p_points bigint, p_kind text, p_reason text,
  p_source_type text, p_source_id text, p_idempotency_key text, p_pending_until timestamptz,
  p_at timestamptz, p_rule_id text, p_rule_version integer, p_actor text,
  p_expiry_from_program boolean, p_expires_at timestamptz,
  p_entry_id text, p_lot_id text, p_event_id text
) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  account points_accounts%ROWTYPE;
  existing json;
  settings jsonb;
  pending boolean := p_pending_until IS NOT NULL;
  posted bigint := CASE WHEN p_pending_until IS NULL THEN p_points ELSE 0 END;
  -- Posted points first pay a negative balance's debt; the new lot keeps the rest (creditLots).
  held bigint;
  expires timestamptz := p_expires_at;
  balance_after bigint;
BEGIN
  account := loyalty_lock_account(p_workspace_id, p_customer_id);
  existing := loyalty_recorded_entry(p_workspace_id, p_idempotency_key);
  IF existing IS NOT NULL THEN
    RETURN json_build_object('existing', existing, 'balance', account.balance);
  END IF;
  IF p_expiry_from_program THEN
    -- lotExpiry: months added in UTC, the day clamped to the month's last (as addMonths does).
    SELECT lp.settings INTO settings FROM loyalty_programs lp WHERE lp.workspace_id = p_workspace_id;
    expires := CASE WHEN settings -> 'expiry' ->> 'policy' = 'per_lot'
      THEN ((p_at AT TIME ZONE 'UTC') + make_interval(months => (settings -> 'expiry' ->> 'months')::integer))
        AT TIME ZONE 'UTC' END;
  END IF;
  held := CASE WHEN pending THEN p_points ELSE p_points - least(p_points, greatest(0, -account.balance)) END;
  balance_after := account.balance + posted;
  INSERT INTO points_entries (id, workspace_id, customer_id, kind, points, pending_points, balance_after,
      pending_after, reason, source_type, source_id, idempotency_key, rule_id, rule_version, actor, occurred_at)
    VALUES (p_entry_id, p_workspace_id, p_customer_id, p_kind, posted, p_points - posted, balance_after,
      account.pending + p_points - posted, p_reason, p_source_type, p_source_id, p_idempotency_key,
      p_rule_id, p_rule_version, p_actor, p_at);
  INSERT INTO points_lots (id, workspace_id, customer_id, entry_id, origin_entry_id, amount, remaining, state,
      pending_until, expires_at, created_at)
    VALUES (p_lot_id, p_workspace_id, p_customer_id, p_entry_id, p_entry_id, p_points, held,
      CASE WHEN pending THEN 'pending' ELSE 'posted' END, p_pending_until, expires, p_at);
  IF held <> 0 THEN
    INSERT INTO points_allocations (entry_id, lot_id, workspace_id, points)
      VALUES (p_entry_id, p_lot_id, p_workspace_id, held);
  END IF;
  UPDATE points_accounts SET balance = balance_after, pending = account.pending + p_points - posted,
      lifetime_earned = account.lifetime_earned + posted, last_activity_at = p_at,
      negative_since = CASE WHEN balance_after >= 0 THEN NULL ELSE coalesce(account.negative_since, p_at) END,
      updated_at = now()
    WHERE workspace_id = p_workspace_id AND customer_id = p_customer_id;
  IF p_event_id IS NOT NULL THEN
    INSERT INTO events (id, workspace_id, message_id, type, name, properties, occurred_at, received_at, source)
      VALUES (p_event_id, p_workspace_id, 'retain:points-earned:' || p_entry_id, 'track', 'Points Earned',
        jsonb_build_object('customer_id', p_customer_id, 'points', p_points, 'pending', pending, 'kind', p_kind,
          'reason', p_reason, 'source_type', p_source_type, 'source_id', p_source_id, 'balance', balance_after),
        p_at, p_at, 'retain')
      ON CONFLICT (workspace_id, message_id) DO NOTHING;
  END IF;
  RETURN json_build_object('entryId', p_entry_id, 'balance', balance_after);
END $$;
--> statement-breakpoint
CREATE FUNCTION loyalty_spend_points(
  p_workspace_id text, p_customer_id text, p_points bigint, p_reason text, p_source_type text,
  p_source_id text, p_idempotency_key text, p_at timestamptz, p_entry_id text, p_event_id text
) RETURNS json LANGUAGE plpgsql AS $$
DECLARE
  account points_accounts%ROWTYPE;
  existing json;
  lot_ids text[];
  takes bigint[];
  drawn bigint;
  balance_after bigint;
BEGIN
  account := loyalty_lock_account(p_workspace_id, p_customer_id);
  existing := loyalty_recorded_entry(p_workspace_id, p_idempotency_key);
  IF existing IS NOT NULL THEN
    RETURN json_build_object('existing', existing, 'balance', account.balance);
  END IF;
  IF account.balance < p_points THEN
    RETURN json_build_object('insufficient', true, 'balance', account.balance);
  END IF;
  -- drawFromLots: soonest-expiring posted lots first (never-expiring last), then oldest.
  SELECT coalesce(array_agg(d.id ORDER BY d.ord), '{}'), coalesce(array_agg(d.take ORDER BY d.ord), '{}'),
      coalesce(sum(d.take), 0)
    INTO lot_ids, takes, drawn
    FROM (SELECT l.id, row_number() OVER w AS ord,
            least(l.remaining, p_points - coalesce(sum(l.remaining) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING
              AND 1 PRECEDING), 0)) AS take
          FROM points_lots l
          WHERE l.workspace_id = p_workspace_id AND l.customer_id = p_customer_id
            AND l.state = 'posted' AND l.remaining > 0
          WINDOW w AS (ORDER BY l.expires_at ASC NULLS LAST, l.id ASC)) d
    WHERE d.take > 0;
  IF drawn <> p_points THEN
    RETURN json_build_object('drawn', drawn, 'balance', account.balance);
  END IF;
  balance_after := account.balance - p_points;
  INSERT INTO points_entries (id, workspace_id, customer_id, kind, points, pending_points, balance_after,
      pending_after, reason, source_type, source_id, idempotency_key, occurred_at)
    VALUES (p_entry_id, p_workspace_id, p_customer_id, 'redeem', -p_points, 0, balance_after,
      account.pending, p_reason, p_source_type, p_source_id, p_idempotency_key, p_at);
  INSERT INTO points_allocations (entry_id, lot_id, workspace_id, points)
    SELECT p_entry_id, t.lot_id, p_workspace_id, -t.take FROM unnest(lot_ids, takes) AS t(lot_id, take);
  UPDATE points_lots SET remaining = points_lots.remaining - t.take
    FROM unnest(lot_ids, takes) AS t(lot_id, take)
    WHERE points_lots.id = t.lot_id AND points_lots.workspace_id = p_workspace_id;
  UPDATE points_accounts SET balance = balance_after,
      lifetime_redeemed = account.lifetime_redeemed + p_points, last_activity_at = p_at,
      negative_since = NULL, updated_at = now()
    WHERE workspace_id = p_workspace_id AND customer_id = p_customer_id;
  INSERT INTO events (id, workspace_id, message_id, type, name, properties, occurred_at, received_at, source)
    VALUES (p_event_id, p_workspace_id, 'retain:points-redeemed:' || p_entry_id, 'track', 'Points Redeemed',
      jsonb_build_object('customer_id', p_customer_id, 'points', p_points, 'reason', p_reason,
        'source_type', p_source_type, 'source_id', p_source_id, 'balance', balance_after),
      p_at, p_at, 'retain')
    ON CONFLICT (workspace_id, message_id) DO NOTHING;
  RETURN json_build_object('entryId', p_entry_id, 'balance', balance_after);
END $$;
