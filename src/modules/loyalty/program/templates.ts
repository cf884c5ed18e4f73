import { currencyExponent, toMajorUnits } from '../../../core/money.js';
import type { Db } from '../../../db/connection.js';
import { getWorkspace } from '../../workspaces/index.js';
import { defaultBigOrderMinor, defaultEarnPerAmountMinor } from './defaults.js';
import { getProgramSettings, type ProgramSettings } from './program.js';
import { ruleDefinitionSchema, type RuleDefinition } from './rule-definition.js';

/**
 * The numbers a template's description states, so a reader's screen can word it in its own
 * language: amounts in minor units of the workspace's currency.
 */
interface TemplateParams {
  points?: number;
  amount_minor?: number;
  category?: string;
}

export interface RuleTemplate {
  key: string;
  name: string;
  description: string;
  params: TemplateParams;
  definition: RuleDefinition;
}

/** An amount as the workspace writes it ("1.000.000 ₫" in vi-VN, "$100.00" in en-US), in its currency's digits. */
function moneyText(minor: number, currency: string, locale: string): string {
  const exponent = currencyExponent(currency);
  const options = {
    style: 'currency',
    currency,
    minimumFractionDigits: exponent,
    maximumFractionDigits: exponent,
  } as const;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, options);
  } catch {
    // A stored locale the runtime cannot read still gets the currency's amount, in English.
    format = new Intl.NumberFormat('en', options);
  }
  return format.format(toMajorUnits(minor, currency));
}

/**
 * Starting points for the common rules (GET /v1/loyalty/earn-rules/templates), for this
 * workspace: amounts are about the same worth in every currency and stated in its own format, and
 * the category's extra points follow the program's base rate, so "double points" doubles it.
 */
export function ruleTemplates(
  workspace: { currency: string; locale: string },
  program: Pick<ProgramSettings, 'earn_points' | 'earn_per_amount_minor'>,
): RuleTemplate[] {
  const { currency, locale } = workspace;
  const money = (minor: number) => moneyText(minor, currency, locale);
  const bigOrderMinor = defaultBigOrderMinor(currency);
  // With base earning off there is no rate to double: the default rate for the currency stands in.
  const rate =
    program.earn_points > 0
      ? { points: program.earn_points, per: program.earn_per_amount_minor }
      : { points: 1, per: defaultEarnPerAmountMinor(currency) };
  const category = 'Shoes';
  const template = (
    key: string,
    name: string,
    description: string,
    definition: unknown,
    params: TemplateParams = {},
  ): RuleTemplate => ({ key, name, description, params, definition: ruleDefinitionSchema.parse(definition) });
  return [
    template('signup_bonus', 'Sign-up bonus', '200 points once, when the customer signs up.', {
      trigger: { type: 'event', event: 'Signed Up' },
      reward: { type: 'fixed', points: 200 },
      limits: { once_per_customer: true },
    }),
    template('review_bonus', 'Review bonus', '50 points per review, at most 3 a month.', {
      trigger: { type: 'event', event: 'Review Submitted' },
      reward: { type: 'fixed', points: 50 },
      limits: { max_per_period: { count: 3, period: 'month' } },
    }),
    template('survey_bonus', 'Survey answered', '20 points per survey answered, once a week.', {
      trigger: { type: 'event', event: 'Survey Answered' },
      reward: { type: 'fixed', points: 20 },
      limits: { max_per_period: { count: 1, period: 'week' } },
    }),
    template(
      'referral_bonus',
      'Referral converted',
      '500 points when a referred friend places a first order.',
      { trigger: { type: 'event', event: 'Referral Converted' }, reward: { type: 'fixed', points: 500 } },
    ),
    template(
      'birthday_bonus',
      'Birthday bonus',
      '100 points on the customer’s birthday (from the `birthday` trait), once a year.',
      { trigger: { type: 'birthday' }, reward: { type: 'fixed', points: 100 } },
    ),
    template(
      'big_order_bonus',
      'Big order bonus',
      `100 extra points for an order of ${money(bigOrderMinor)} or more.`,
      {
        trigger: { type: 'event', event: 'Order Completed' },
        // Order events carry `total` in major units, as the shop sends it.
        conditions: [
          {
            source: 'property',
            path: 'total',
            operator: 'gte',
            value: toMajorUnits(bigOrderMinor, currency),
          },
        ],
        reward: { type: 'fixed', points: 100 },
      },
      { points: 100, amount_minor: bigOrderMinor },
    ),
    template(
      'category_double_points',
      'Double points on a category',
      `${rate.points} extra ${rate.points === 1 ? 'point' : 'points'} per ${money(rate.per)} spent on the products of a category (${category} here: name yours), on top of the base rate.`,
      {
        trigger: { type: 'event', event: 'Order Completed' },
        reward: { type: 'per_amount', points: rate.points, per_amount_minor: rate.per, category },
      },
      { points: rate.points, amount_minor: rate.per, category },
    ),
  ];
}

/** The templates for a workspace's currency, language and base earn rate. */
export async function workspaceRuleTemplates(db: Db, workspaceId: string): Promise<RuleTemplate[]> {
  const [workspace, program] = await Promise.all([
    getWorkspace(db, workspaceId),
    getProgramSettings(db, workspaceId),
  ]);
  return ruleTemplates(workspace, program);
}
