import { lifecycleStages, rfmSegments } from '../analytics/index.js';
import type { FieldOperator } from './definition.js';

/**
 * The facts a segment condition can name, by the module that owns them. `traits.<name>` is any
 * profile trait; its type follows the operator and value (`gte 3` is a number, `within_last_days`
 * a date). Money is in minor units of the workspace currency.
 */
export type FieldType = 'text' | 'number' | 'money' | 'boolean' | 'date';

/** Which facts a field reads: they say which events can change it (triggers.ts). */
export type FieldFamily = 'profile' | 'traits' | 'orders' | 'scores' | 'loyalty' | 'badges' | 'consent';

export interface FieldSpec {
  type: FieldType;
  family: FieldFamily;
  /** The values a text field can take (lifecycle stages, RFM segments); others accept any text. */
  values?: readonly string[];
}

export const fieldCatalogue: Record<string, FieldSpec> = {
  'profile.email': { type: 'text', family: 'profile' },
  'profile.phone': { type: 'text', family: 'profile' },
  'profile.first_name': { type: 'text', family: 'profile' },
  'profile.last_name': { type: 'text', family: 'profile' },
  'profile.external_id': { type: 'text', family: 'profile' },
  'profile.locale': { type: 'text', family: 'profile' },
  'profile.timezone': { type: 'text', family: 'profile' },
  'profile.birthday': { type: 'date', family: 'profile' },
  'profile.first_seen_at': { type: 'date', family: 'profile' },
  'orders.count': { type: 'number', family: 'orders' },
  'orders.net_revenue': { type: 'money', family: 'orders' },
  'orders.average_order_value': { type: 'money', family: 'orders' },
  'orders.first_order_at': { type: 'date', family: 'orders' },
  'orders.last_order_at': { type: 'date', family: 'orders' },
  'orders.product': { type: 'text', family: 'orders' },
  'orders.category': { type: 'text', family: 'orders' },
  'lifecycle.stage': { type: 'text', family: 'scores', values: lifecycleStages },
  'rfm.segment': { type: 'text', family: 'scores', values: rfmSegments },
  'rfm.r_score': { type: 'number', family: 'scores' },
  'rfm.f_score': { type: 'number', family: 'scores' },
  'rfm.m_score': { type: 'number', family: 'scores' },
  'predictions.probability_alive': { type: 'number', family: 'scores' },
  'predictions.clv_12_months': { type: 'money', family: 'scores' },
  /** Predicted 12-month CLV above the workspace's median of it, read when the condition is evaluated. */
  'predictions.clv_above_median': { type: 'boolean', family: 'scores' },
  'loyalty.tier': { type: 'text', family: 'loyalty' },
  'loyalty.points_balance': { type: 'number', family: 'loyalty' },
  'loyalty.points_expiring': { type: 'number', family: 'loyalty' },
  'loyalty.store_credit': { type: 'money', family: 'loyalty' },
  'loyalty.badge': { type: 'text', family: 'badges' },
  'messages.subscribed': { type: 'text', family: 'consent' },
};

/** `orders.product`, `orders.category`, `loyalty.badge` and `messages.subscribed` hold sets: "has". */
export const setFields = new Set([
  'orders.product',
  'orders.category',
  'loyalty.badge',
  'messages.subscribed',
]);

export const operatorsByType: Record<FieldType, readonly FieldOperator[]> = {
  text: ['eq', 'neq', 'in', 'not_in', 'contains', 'starts_with', 'exists', 'not_exists'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'exists', 'not_exists'],
  money: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'exists', 'not_exists'],
  boolean: ['eq', 'neq', 'exists', 'not_exists'],
  date: [
    'gt',
    'gte',
    'lt',
    'lte',
    'between',
    'within_last_days',
    'more_than_days_ago',
    'anniversary_within_days',
    'anniversary_this_month',
    'exists',
    'not_exists',
  ],
};

export const setOperators: readonly FieldOperator[] = ['eq', 'neq', 'in', 'not_in'];

const dateOperators = new Set<FieldOperator>([
  'within_last_days',
  'more_than_days_ago',
  'anniversary_within_days',
  'anniversary_this_month',
]);

/** A trait's type as its condition implies it: the operator first, then the value's JSON type. */
export function traitType(op: FieldOperator, value: unknown): FieldType {
  if (dateOperators.has(op)) return 'date';
  const sample = Array.isArray(value) ? value[0] : value;
  if (typeof sample === 'boolean') return 'boolean';
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'string' && ['gt', 'gte', 'lt', 'lte', 'between'].includes(op)) return 'date';
  return 'text';
}

/** The field's spec, traits included; undefined for an unknown field. */
export function fieldSpec(field: string, op: FieldOperator, value: unknown): FieldSpec | undefined {
  if (field.startsWith('traits.') && field.length > 'traits.'.length) {
    return { type: traitType(op, value), family: 'traits' };
  }
  return fieldCatalogue[field];
}
