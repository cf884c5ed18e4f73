// Lifecycle stages: every known customer has exactly one. The rules, first match wins:
//   prospect    — known, no order yet;
//   lapsed      — P(alive) < lapsed_p_alive, or days since the last order > lapsed_gap_factor × own expected gap;
//   at_risk     — P(alive) < at_risk_p_alive, or days since the last order > at_risk_gap_factor × own expected gap;
//   reactivated — the last order came after a silence longer than lapsed_gap_factor × the gap expected before it;
//   loyal       — at least loyal_min_orders orders;
//   repeat      — at least 2 orders;
//   new         — exactly 1 order.
// "Own expected gap" is the customer's expected days between purchase days (expectedGapDays): at
// risk means overdue against their own rhythm, not one global day count (DESIGN.md).
import type { AnalyticsSettings } from '../settings.js';
import type { Rhythm } from '../clv/index.js';

export const lifecycleStages = [
  'prospect',
  'new',
  'repeat',
  'loyal',
  'at_risk',
  'lapsed',
  'reactivated',
] as const;
export type LifecycleStage = (typeof lifecycleStages)[number];

export const lifecycleStageRules: Record<LifecycleStage, string> = {
  prospect: 'Known customer without any order.',
  new: 'Exactly one order, and not overdue.',
  repeat: 'Two or more orders (fewer than loyal_min_orders), and not overdue.',
  loyal: 'At least loyal_min_orders orders, and not overdue.',
  at_risk:
    'Days since the last order > at_risk_gap_factor × the customer’s expected days between orders, or P(alive) < at_risk_p_alive.',
  lapsed:
    'Days since the last order > lapsed_gap_factor × the customer’s expected days between orders, or P(alive) < lapsed_p_alive.',
  reactivated:
    'Ordered again after a silence longer than lapsed_gap_factor × the days between orders expected before it; until the next order or until overdue again.',
};

/**
 * Expected days between purchase days of a customer with `repeatDays` repeat purchase days spread
 * over `spanDays` (first to last purchase day).
 * With a fitted BG/NBD model: 1 / E[λ | x, t_x] = (α + t_x)/(r + x), the posterior mean purchase
 * rate of the Gamma(r, α) prior updated by x purchases in t_x (FHL 2005 §3) — the customer's own
 * mean gap t_x/x shrunk toward the population's α/r, and α/r for a customer with one purchase day.
 * Without a model: the customer's own mean gap t_x/x, or `one_order_gap_days` when x = 0.
 */
function expectedGapDays(
  repeatDays: number,
  spanDays: number,
  rhythm: Rhythm | null,
  settings: Pick<AnalyticsSettings, 'one_order_gap_days'>,
): number {
  if (rhythm) return (rhythm.alphaDays + spanDays) / (rhythm.r + repeatDays);
  return repeatDays > 0 ? spanDays / repeatDays : settings.one_order_gap_days;
}

export interface StageInputs {
  orders: number;
  purchaseDays: number;
  firstDay: number;
  lastDay: number;
  /** The purchase day before the last one; null with a single purchase day. */
  previousPurchaseDay: number | null;
  asOfDay: number;
  probabilityAlive: number | null;
}

export function lifecycleStage(
  inputs: StageInputs,
  rhythm: Rhythm | null,
  settings: AnalyticsSettings,
): { stage: LifecycleStage; gapDays: number } {
  const repeatDays = inputs.purchaseDays - 1;
  const gapDays = expectedGapDays(repeatDays, inputs.lastDay - inputs.firstDay, rhythm, settings);
  if (inputs.orders === 0) return { stage: 'prospect', gapDays };
  const silence = inputs.asOfDay - inputs.lastDay;
  const pAlive = inputs.probabilityAlive;
  if (
    (pAlive !== null && pAlive < settings.lapsed_p_alive) ||
    silence > settings.lapsed_gap_factor * gapDays
  ) {
    return { stage: 'lapsed', gapDays };
  }
  if (
    (pAlive !== null && pAlive < settings.at_risk_p_alive) ||
    silence > settings.at_risk_gap_factor * gapDays
  ) {
    return { stage: 'at_risk', gapDays };
  }
  if (inputs.previousPurchaseDay !== null) {
    const gapBefore = expectedGapDays(
      repeatDays - 1,
      inputs.previousPurchaseDay - inputs.firstDay,
      rhythm,
      settings,
    );
    if (inputs.lastDay - inputs.previousPurchaseDay > settings.lapsed_gap_factor * gapBefore) {
      return { stage: 'reactivated', gapDays };
    }
  }
  if (inputs.orders >= settings.loyal_min_orders) return { stage: 'loyal', gapDays };
  if (inputs.orders >= 2) return { stage: 'repeat', gapDays };
  return { stage: 'new', gapDays };
}
