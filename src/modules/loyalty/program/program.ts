import { z } from 'zod';
import { firstIssueError } from '../../../core/validation-messages.js';
import { amountMinor, pointsAmount } from '../../../http/amounts.js';
import type { Db } from '../../../db/connection.js';
import { getWorkspace } from '../../workspaces/index.js';
import { addMonths, mulDivFloor } from '../arithmetic.js';
import { defaultEarnPerAmountMinor, defaultPointsName } from './defaults.js';
import { findProgramSettings, saveProgramSettings } from './program.queries.js';

const expiryPolicySchema = z.discriminatedUnion('policy', [
  z.object({ policy: z.literal('none') }),
  z.object({ policy: z.literal('per_lot'), months: z.number().int().min(1).max(120) }),
  z.object({ policy: z.literal('inactivity'), months: z.number().int().min(1).max(120) }),
]);

/** The program's settings as stored and served (snake_case, like every API field). */
export const programSettingsSchema = z.object({
  points_name: z.string().min(1).max(40),
  earn_points: z
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .describe('Points earned per `earn_per_amount_minor` of order total; 0 turns base earning off.'),
  earn_per_amount_minor: amountMinor(1).describe(
    'Minor units of the workspace currency (10000 VND = 10000; 1.00 USD = 100).',
  ),
  pending_days: z.number().int().min(0).max(365).describe('Points stay pending this long (return window).'),
  expiry: expiryPolicySchema,
  expiring_soon_days: z
    .number()
    .int()
    .min(1)
    .max(365)
    .describe('`Points Expiring Soon` this many days ahead.'),
  clawback: z
    .enum(['stop_at_zero', 'allow_negative'])
    .describe('What a refund may do when the points it claws back were already spent.'),
  redemption_points: pointsAmount(1),
  redemption_value_minor: amountMinor(0).describe(
    '`redemption_points` points are worth this many minor units (for liability).',
  ),
  cashback_basis_points: z
    .number()
    .int()
    .min(0)
    .max(10_000)
    .describe('Store credit earned per order, in 1/100 of a percent (250 = 2.5%).'),
  award_imported_orders: z
    .boolean()
    .describe(
      'Orders from CSV imports (history) count for tiers; they earn points and cashback only when true.',
    ),
  tier_metric: z.enum(['spend', 'points']),
  tier_period: z.enum(['rolling', 'calendar_year']),
  tier_window_months: z.number().int().min(1).max(60),
  tier_grace_days: z.number().int().min(0).max(365),
});

export type ProgramSettings = z.infer<typeof programSettingsSchema>;

export interface Program extends ProgramSettings {
  object: 'loyalty_program';
  currency: string;
  rounding: string;
}

/**
 * The settings of a program nobody has set up, for the workspace's currency and language. 100 points
 * are worth what earned one point, so the default gives back 1% of what was spent, as Smile.io's and
 * LoyaltyLion's starting programs do.
 */
function defaultProgramSettings(workspace: { currency: string; locale: string }): ProgramSettings {
  const earnPerAmountMinor = defaultEarnPerAmountMinor(workspace.currency);
  return {
    points_name: defaultPointsName(workspace.locale),
    earn_points: 1,
    earn_per_amount_minor: earnPerAmountMinor,
    pending_days: 0,
    expiry: { policy: 'none' },
    expiring_soon_days: 30,
    clawback: 'stop_at_zero',
    redemption_points: 100,
    redemption_value_minor: earnPerAmountMinor,
    cashback_basis_points: 0,
    award_imported_orders: false,
    tier_metric: 'spend',
    tier_period: 'rolling',
    tier_window_months: 12,
    tier_grace_days: 30,
  };
}

const rounding =
  'points = floor(amount_minor × earn_points ÷ earn_per_amount_minor): fractions of a point are dropped, per order and per rule.';

export async function getProgramSettings(db: Db, workspaceId: string): Promise<ProgramSettings> {
  return settingsOrDefaults(db, workspaceId, (await findProgramSettings(db, workspaceId)) ?? null);
}

// Settings are stored whole, earn rate and name included: only a field added later falls back.
const storedFieldDefaults = { currency: 'USD', locale: 'en' };

/** Stored settings as they are, or the defaults for the workspace's currency and language when none are. */
async function settingsOrDefaults(
  db: Db,
  workspaceId: string,
  stored: Record<string, unknown> | null,
): Promise<ProgramSettings> {
  // Settings stored before a field existed take that field's default.
  if (stored) return { ...defaultProgramSettings(storedFieldDefaults), ...stored } as ProgramSettings;
  return defaultProgramSettings(await getWorkspace(db, workspaceId));
}

export async function getProgram(db: Db, workspaceId: string): Promise<Program> {
  const [settings, workspace] = await Promise.all([
    getProgramSettings(db, workspaceId),
    getWorkspace(db, workspaceId),
  ]);
  return { object: 'loyalty_program', currency: workspace.currency, rounding, ...settings };
}

/** PUT merges the given fields over the current settings, checks the whole and stores it. */
export async function updateProgram(
  db: Db,
  workspaceId: string,
  changes: Partial<ProgramSettings>,
): Promise<Program> {
  const merged = { ...(await getProgramSettings(db, workspaceId)), ...changes };
  const parsed = programSettingsSchema.safeParse(merged);
  if (!parsed.success) throw firstIssueError(parsed.error);
  await saveProgramSettings(db, workspaceId, parsed.data);
  return getProgram(db, workspaceId);
}

/** Base points of an order amount under the program's earn rate (rounded down). */
export function basePoints(settings: ProgramSettings, amountMinor: number): number {
  if (amountMinor <= 0 || settings.earn_points === 0) return 0;
  return mulDivFloor(amountMinor, settings.earn_points, settings.earn_per_amount_minor);
}

/** A new lot's own expiry; under the inactivity policy lots carry none (the account's clock rules). */
export function lotExpiry(settings: ProgramSettings, earnedAt: Date): Date | null {
  return settings.expiry.policy === 'per_lot' ? addMonths(earnedAt, settings.expiry.months) : null;
}

/** The value of points in minor units at the redemption value (rounded down). */
export function pointsValueMinor(settings: ProgramSettings, points: number): number {
  if (points <= 0) return 0;
  return mulDivFloor(points, settings.redemption_value_minor, settings.redemption_points);
}
