import { invalidParameter } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { getWorkspace, updateWorkspaceSettings } from '../workspaces/index.js';

/** The workspace settings that shape lifecycle stages, CLV and the model fits. */
export interface AnalyticsSettings {
  at_risk_gap_factor: number;
  lapsed_gap_factor: number;
  at_risk_p_alive: number;
  lapsed_p_alive: number;
  loyal_min_orders: number;
  one_order_gap_days: number;
  monthly_discount_rate: number;
  time_unit: 'week' | 'day';
  penalizer: number;
  nightly_recompute_hour: number;
}

export const analyticsSettingsDefaults: AnalyticsSettings = {
  at_risk_gap_factor: 1.5,
  lapsed_gap_factor: 3,
  at_risk_p_alive: 0.5,
  lapsed_p_alive: 0.2,
  loyal_min_orders: 4,
  one_order_gap_days: 90,
  monthly_discount_rate: 0.01,
  time_unit: 'week',
  penalizer: 0,
  nightly_recompute_hour: 3,
};

/** What each setting means, shown next to its value (GET /v1/analytics/settings and the docs). */
export const analyticsSettingsMeaning: Record<keyof AnalyticsSettings, string> = {
  at_risk_gap_factor:
    'A customer is at risk when the days since their last order exceed this many times their own expected days between orders.',
  lapsed_gap_factor:
    'A customer is lapsed when the days since their last order exceed this many times their own expected days between orders (must be above at_risk_gap_factor).',
  at_risk_p_alive:
    'With a fitted model, a customer whose P(alive) is below this is at risk whatever the day count.',
  lapsed_p_alive:
    'With a fitted model, a customer whose P(alive) is below this is lapsed (must be below at_risk_p_alive).',
  loyal_min_orders: 'A customer with at least this many orders (and not overdue) is loyal.',
  one_order_gap_days:
    'Expected days between orders for a customer with a single purchase day while no model is fitted (with a model, the population rhythm α/r is used).',
  monthly_discount_rate: 'Discount rate per month in the 12-month CLV: month m is divided by (1 + rate)^m.',
  time_unit: "Time unit of the BG/NBD fit ('week' or 'day'); the fitted α is in this unit.",
  penalizer: 'L2 penalty on the model parameters (0 = plain maximum likelihood).',
  nightly_recompute_hour:
    'Hour of the day (0–23, workspace time zone) of the nightly refit and recompute of every customer.',
};

const settingsKey = 'analytics';

type Check = (value: unknown) => boolean;
const between =
  (min: number, max: number, integer = false): Check =>
  (value) =>
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= min &&
    value <= max &&
    (!integer || Number.isInteger(value));

const checks: Record<keyof AnalyticsSettings, Check> = {
  at_risk_gap_factor: between(1, 100),
  lapsed_gap_factor: between(1, 100),
  at_risk_p_alive: between(0, 1),
  lapsed_p_alive: between(0, 1),
  loyal_min_orders: between(2, 1_000, true),
  one_order_gap_days: between(1, 3_650),
  monthly_discount_rate: between(0, 1),
  time_unit: (value) => value === 'week' || value === 'day',
  penalizer: between(0, 100),
  nightly_recompute_hour: between(0, 23, true),
};

/** The stored settings over the defaults; unknown or invalid stored values fall back to defaults. */
export function settingsFrom(stored: unknown): AnalyticsSettings {
  const values: Record<string, unknown> = { ...analyticsSettingsDefaults };
  if (stored && typeof stored === 'object') {
    for (const [key, value] of Object.entries(stored)) {
      if (key in checks && checks[key as keyof AnalyticsSettings](value)) values[key] = value;
    }
  }
  return values as unknown as AnalyticsSettings;
}

/** Checks every field of a change and the relations between thresholds; throws naming the field. */
export function validateSettingsChange(
  current: AnalyticsSettings,
  change: Partial<AnalyticsSettings>,
): AnalyticsSettings {
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    if (!(key in checks)) throw invalidParameter(key, `Unknown analytics setting '${key}'.`);
    if (!checks[key as keyof AnalyticsSettings](value)) {
      throw invalidParameter(
        key,
        `${key} has an invalid value: ${analyticsSettingsMeaning[key as keyof AnalyticsSettings]}`,
      );
    }
  }
  const next = {
    ...current,
    ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)),
  };
  if (!(next.lapsed_gap_factor > next.at_risk_gap_factor)) {
    throw invalidParameter('lapsed_gap_factor', 'lapsed_gap_factor must be greater than at_risk_gap_factor.');
  }
  if (!(next.lapsed_p_alive < next.at_risk_p_alive)) {
    throw invalidParameter('lapsed_p_alive', 'lapsed_p_alive must be less than at_risk_p_alive.');
  }
  return next;
}

export async function getAnalyticsSettings(db: Db, workspaceId: string): Promise<AnalyticsSettings> {
  const workspace = await getWorkspace(db, workspaceId);
  return settingsFrom(workspace.settings[settingsKey]);
}

export async function updateAnalyticsSettings(
  db: Db,
  workspaceId: string,
  change: Partial<AnalyticsSettings>,
): Promise<AnalyticsSettings> {
  const next = validateSettingsChange(await getAnalyticsSettings(db, workspaceId), change);
  await updateWorkspaceSettings(db, workspaceId, settingsKey, next);
  return next;
}

export interface AnalyticsSettingsResource {
  object: 'analytics_settings';
  values: AnalyticsSettings;
  defaults: AnalyticsSettings;
  meaning: Record<keyof AnalyticsSettings, string>;
}

export function presentSettings(values: AnalyticsSettings): AnalyticsSettingsResource {
  return {
    object: 'analytics_settings',
    values,
    defaults: analyticsSettingsDefaults,
    meaning: analyticsSettingsMeaning,
  };
}
