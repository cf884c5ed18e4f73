-- A customer's points, posted and pending, never pass a bound (pointsBalanceMax in limits.ts,
-- passed in so the bound has one home). The check runs after the account's lock, so two earnings
-- racing toward the bound are judged one after the other and cannot both pass it. A refused
-- earning writes nothing and answers the points held, for the caller's error.
DROP FUNCTION loyalty_earn_points(text, text, bigint, text, text, text, text, text, timestamptz, timestamptz,
  text, integer, text, boolean, timestamptz, text, text, text);
--> statement-breakpoint
CREATE FUNCTION loyalty_earn_points(
  p_workspace_id text, p_customer_id text, p_points bigint, p_kind text, p_reason text,
  p_source_type text, p_source_id text, p_idempotency_key text, p_pending_until timestamptz,
  p_at timestamptz, p_rule_id text, p_rule_version integer, p_actor text,
  p_expiry_from_program boolean, p_expires_at timestamptz,
  p_entry_id text, p_lot_id text, p_event_id text, p_held_max bigint
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
  IF account.balance + account.pending + p_points > p_held_max THEN
    RETURN json_build_object('held', account.balance + account.pending, 'balance', account.balance);
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
