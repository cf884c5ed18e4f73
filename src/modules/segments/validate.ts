import { RetainError } from '../../core/errors.js';
import {
  nameLengthMax,
  segmentConditionsMax,
  segmentDepthMax,
  segmentEventWhereMax,
  segmentListValuesMax,
  segmentWindowDaysMax,
} from '../../core/limits.js';
import type { Comparison, Definition, FieldOperator } from './definition.js';
import { fieldSpec, operatorsByType, setFields, setOperators, traitType, type FieldSpec } from './fields.js';

/**
 * Checks a definition as the marketer wrote it: shape, fields, operators for their types, values,
 * limits. The first problem is thrown with the path of the tree it is at (`conditions[2].any[0].value`),
 * so the builder can point at it. Membership conditions are checked against the workspace's segments
 * by the caller (segments.ts), which knows them.
 */
export function validateDefinition(input: unknown): Definition {
  let conditions = 0;
  const visit = (node: unknown, path: string, depth: number, root: boolean): void => {
    if (!isObject(node))
      fail(path, 'must be a condition: an object with all, any, not, field, event, segment or sample.');
    if (++conditions > segmentConditionsMax) {
      fail(path, `makes the definition longer than ${segmentConditionsMax} conditions.`);
    }
    const kind = conditionKind(node, path);
    const childPath = (key: string, index?: number) => {
      const step = index === undefined ? key : `${key}[${index}]`;
      if (root) return key === 'not' ? 'not' : `conditions[${index}]`;
      return `${path}.${step}`;
    };
    if (kind === 'all' || kind === 'any') {
      onlyKeys(node, [kind], path);
      const children = node[kind];
      if (!Array.isArray(children) || children.length === 0) {
        fail(root ? 'conditions' : `${path}.${kind}`, 'must be a non-empty list of conditions.');
      }
      if (depth + 1 > segmentDepthMax) fail(path, `nests groups deeper than ${segmentDepthMax} levels.`);
      children.forEach((child, index) => visit(child, childPath(kind, index), depth + 1, false));
    } else if (kind === 'not') {
      onlyKeys(node, ['not'], path);
      if (depth + 1 > segmentDepthMax) fail(path, `nests groups deeper than ${segmentDepthMax} levels.`);
      visit(node.not, childPath('not'), depth + 1, false);
    } else if (kind === 'field') checkField(node, path);
    else if (kind === 'event') checkEvent(node, path);
    else if (kind === 'segment') {
      onlyKeys(node, ['segment'], path);
      if (typeof node.segment !== 'string' || !node.segment.startsWith('seg_')) {
        fail(`${path}.segment`, 'must be the id of a segment of this workspace (seg_…).');
      }
    } else checkSample(node, path);
  };
  visit(input, 'definition', 0, true);
  // A plain copy: what is stored is exactly the JSON that was checked, whatever objects carried it.
  return JSON.parse(JSON.stringify(input)) as Definition;
}

type Json = Record<string, unknown>;

const kinds = ['all', 'any', 'not', 'field', 'event', 'segment', 'sample'] as const;
type Kind = (typeof kinds)[number];

function conditionKind(node: Json, path: string): Kind {
  const present = kinds.filter((key) => key in node);
  if (present.length !== 1) {
    fail(
      path,
      present.length === 0
        ? 'must have one of all, any, not, field, event, segment or sample.'
        : `has both ${present.join(' and ')}; a condition is one of them.`,
    );
  }
  return present[0]!;
}

function checkField(node: Json, path: string): void {
  onlyKeys(node, ['field', 'op', 'value', 'within_days'], path);
  const { field, op } = node;
  if (typeof field !== 'string')
    fail(`${path}.field`, 'must be a field name such as orders.count or traits.country.');
  const operator = checkOperator(op, `${path}.op`);
  const spec = fieldSpec(field, operator, node.value);
  if (!spec) fail(`${path}.field`, `is not a field retain knows: ${field}.`);
  if (field === 'loyalty.points_expiring') {
    checkWholeNumber(node.within_days, `${path}.within_days`, 1, segmentWindowDaysMax);
  } else if ('within_days' in node) fail(`${path}.within_days`, 'applies only to loyalty.points_expiring.');
  checkOperatorFor(spec, operator, field, `${path}.op`);
  checkValue(spec, operator, node, path);
}

function checkOperatorFor(spec: FieldSpec, op: FieldOperator, field: string, path: string): void {
  const allowed = setFields.has(field) ? setOperators : operatorsByType[spec.type];
  if (!allowed.includes(op))
    fail(path, `${op} does not apply to ${field} (${spec.type}); use one of ${allowed.join(', ')}.`);
}

function checkValue(spec: FieldSpec, op: FieldOperator, node: Json, path: string): void {
  const at = `${path}.value`;
  const value = node.value;
  if (op === 'exists' || op === 'not_exists' || op === 'anniversary_this_month') {
    if ('value' in node) fail(at, `must be absent with ${op}.`);
    return;
  }
  if (!('value' in node)) fail(at, `is required with ${op}.`);
  if (op === 'within_last_days' || op === 'more_than_days_ago') {
    return checkWholeNumber(value, at, 1, segmentWindowDaysMax);
  }
  if (op === 'anniversary_within_days') return checkWholeNumber(value, at, 0, 366);
  if (op === 'in' || op === 'not_in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > segmentListValuesMax) {
      fail(at, `must be a list of 1 to ${segmentListValuesMax} values.`);
    }
    return value.forEach((item, index) => checkScalar(spec, item, `${at}[${index}]`));
  }
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) fail(at, 'must be a list of two values: [from, to].');
    checkScalar(spec, value[0], `${at}[0]`);
    checkScalar(spec, value[1], `${at}[1]`);
    if (order(spec, value[0]) > order(spec, value[1])) fail(at, 'must have from before or equal to to.');
    return;
  }
  if ((op === 'contains' || op === 'starts_with') && value === '') fail(at, 'must not be empty.');
  checkScalar(spec, value, at);
}

const order = (spec: FieldSpec, value: unknown) =>
  spec.type === 'date' ? Date.parse(String(value)) : Number(value);

function checkScalar(spec: FieldSpec, value: unknown, path: string): void {
  switch (spec.type) {
    case 'text':
      if (typeof value !== 'string' || value.length > nameLengthMax * 5)
        fail(path, 'must be text of at most 1000 characters.');
      if (spec.values && !spec.values.includes(value))
        fail(path, `must be one of ${spec.values.join(', ')}.`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'must be a number.');
      return;
    case 'money':
      if (!Number.isSafeInteger(value)) fail(path, 'must be a whole amount in minor units of the currency.');
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(path, 'must be true or false.');
      return;
    case 'date':
      if (typeof value !== 'string' || !isoDate.test(value) || Number.isNaN(Date.parse(value))) {
        fail(path, 'must be an ISO 8601 date or time, e.g. 2026-03-01 or 2026-03-01T09:00:00+07:00.');
      }
  }
}

const isoDate = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2}))?$/;

const comparisons: readonly Comparison[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'];
const operators: readonly FieldOperator[] = [
  ...comparisons,
  'in',
  'not_in',
  'contains',
  'starts_with',
  'exists',
  'not_exists',
  'between',
  'within_last_days',
  'more_than_days_ago',
  'anniversary_within_days',
  'anniversary_this_month',
];

function checkOperator(op: unknown, path: string): FieldOperator {
  if (typeof op !== 'string' || !operators.includes(op as FieldOperator)) {
    fail(path, `must be one of ${operators.join(', ')}.`);
  }
  return op as FieldOperator;
}

function checkEvent(node: Json, path: string): void {
  onlyKeys(
    node,
    ['event', 'where', 'count', 'sum', 'within', 'not_followed_by', 'include_newer_customers'],
    path,
  );
  checkEventName(node.event, `${path}.event`);
  checkWhere(node.where, `${path}.where`);
  if ('count' in node && 'sum' in node) fail(`${path}.sum`, 'cannot go with count; use one of them.');
  if ('count' in node) checkCount(node.count, `${path}.count`, false);
  if ('sum' in node) checkCount(node.sum, `${path}.sum`, true);
  if ('within' in node) checkWindow(node.within, `${path}.within`);
  if ('not_followed_by' in node) {
    const then = node.not_followed_by;
    const at = `${path}.not_followed_by`;
    if (!isObject(then)) fail(at, 'must be an object: {event, where?, within_days}.');
    onlyKeys(then, ['event', 'where', 'within_days'], at);
    checkEventName(then.event, `${at}.event`);
    checkWhere(then.where, `${at}.where`);
    checkWholeNumber(then.within_days, `${at}.within_days`, 1, segmentWindowDaysMax);
  }
  if ('include_newer_customers' in node && typeof node.include_newer_customers !== 'boolean') {
    fail(`${path}.include_newer_customers`, 'must be true or false.');
  }
}

function checkEventName(name: unknown, path: string): void {
  if (typeof name !== 'string' || !name.trim() || name.length > nameLengthMax) {
    fail(path, `must be an event name of 1 to ${nameLengthMax} characters.`);
  }
}

function checkWhere(where: unknown, path: string): void {
  if (where === undefined) return;
  if (!Array.isArray(where) || where.length > segmentEventWhereMax) {
    fail(path, `must be a list of at most ${segmentEventWhereMax} property conditions.`);
  }
  where.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(item)) fail(at, 'must be a property condition: {field: "properties.…", op, value}.');
    onlyKeys(item, ['field', 'op', 'value'], at);
    const field = item.field;
    if (
      typeof field !== 'string' ||
      !/^properties\.[^.\s][^\s]*$/.test(field) ||
      field.length > nameLengthMax
    ) {
      fail(`${at}.field`, 'must name a property: properties.<name> (nested: properties.a.b).');
    }
    const op = checkOperator(item.op, `${at}.op`);
    const spec: FieldSpec = { type: traitType(op, item.value), family: 'traits' };
    checkOperatorFor(spec, op, field, `${at}.op`);
    checkValue(spec, op, item, at);
  });
}

function checkCount(count: unknown, path: string, sum: boolean): void {
  if (!isObject(count)) fail(path, sum ? 'must be {property, op, value}.' : 'must be {op, value}.');
  onlyKeys(count, sum ? ['property', 'op', 'value'] : ['op', 'value'], path);
  if (sum && (typeof count.property !== 'string' || !/^[^.\s][^\s]*$/.test(count.property))) {
    fail(`${path}.property`, 'must name a numeric property, e.g. total.');
  }
  if (typeof count.op !== 'string' || !comparisons.includes(count.op as Comparison)) {
    fail(`${path}.op`, `must be one of ${comparisons.join(', ')}.`);
  }
  if (sum) {
    if (typeof count.value !== 'number' || !Number.isFinite(count.value))
      fail(`${path}.value`, 'must be a number.');
  } else checkWholeNumber(count.value, `${path}.value`, 0, 1_000_000);
}

function checkWindow(window: unknown, path: string): void {
  if (!isObject(window)) fail(path, 'must be {last_days: N}, {ever: true} or {from, to}.');
  if ('last_days' in window) {
    onlyKeys(window, ['last_days'], path);
    return checkWholeNumber(window.last_days, `${path}.last_days`, 1, segmentWindowDaysMax);
  }
  if ('ever' in window) {
    onlyKeys(window, ['ever'], path);
    if (window.ever !== true) fail(`${path}.ever`, 'must be true.');
    return;
  }
  onlyKeys(window, ['from', 'to'], path);
  const date: FieldSpec = { type: 'date', family: 'traits' };
  checkScalar(date, window.from, `${path}.from`);
  checkScalar(date, window.to, `${path}.to`);
  if (Date.parse(String(window.from)) >= Date.parse(String(window.to)))
    fail(`${path}.to`, 'must be after from.');
}

function checkSample(node: Json, path: string): void {
  onlyKeys(node, ['sample'], path);
  const sample = node.sample;
  if (!isObject(sample)) fail(`${path}.sample`, 'must be {percent: N}.');
  onlyKeys(sample, ['percent'], `${path}.sample`);
  const percent = sample.percent;
  if (
    typeof percent !== 'number' ||
    !(percent > 0 && percent <= 100) ||
    Math.round(percent * 100) !== percent * 100
  ) {
    fail(`${path}.sample.percent`, 'must be a share above 0 and at most 100, in hundredths at most.');
  }
}

function checkWholeNumber(value: unknown, path: string, min: number, max: number): asserts value is number {
  if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
    fail(path, `must be a whole number from ${min} to ${max}.`);
  }
}

function onlyKeys(node: Json, allowed: readonly string[], path: string): void {
  const extra = Object.keys(node).find((key) => !allowed.includes(key));
  if (extra) fail(`${path}.${extra}`, `is not part of this condition; it takes ${allowed.join(', ')}.`);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(param: string, problem: string): never {
  throw new RetainError('parameter_invalid', `${param} ${problem}`, { param });
}
