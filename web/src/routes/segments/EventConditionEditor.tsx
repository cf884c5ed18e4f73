import { useId } from 'react';
import { Field } from '../../components/Field.js';
import { useUi } from '../../ui.js';
import { useBuilder } from './context.js';
import { Choice, NumberInput } from './inputs.js';
import { errorIsAt } from './tree.js';
import type { Json } from './types.js';
import { operatorLabel } from './words.js';

const comparisons = ['gte', 'eq', 'lte', 'gt', 'lt', 'neq'];
const propertyOperators = [
  'eq',
  'neq',
  'gt',
  'gte',
  'lt',
  'lte',
  'contains',
  'starts_with',
  'exists',
  'not_exists',
];
type WindowKind = 'last_days' | 'ever' | 'between';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function windowKind(within: unknown): WindowKind {
  if (isObject(within) && 'ever' in within) return 'ever';
  if (isObject(within) && 'from' in within) return 'between';
  return 'last_days';
}

/** A property's value as typed: a figure is a number (`total gte 500000`), anything else text. */
const propertyValue = (text: string): unknown => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text);

/** Behaviour: an event done a number of times, in a window, with conditions on its properties. */
export function EventConditionEditor({
  nodeKey,
  condition,
  onChange,
}: {
  nodeKey: string;
  condition: Json;
  onChange: (condition: Json) => void;
}) {
  const { t } = useUi();
  const { catalogue, errorAt } = useBuilder();
  const eventsId = useId();
  const error = errorAt(nodeKey);
  const errorFor = (part: string) => (error && errorIsAt(error.rest, part) ? error.text : null);
  const count = isObject(condition.count) ? condition.count : { op: 'gte', value: 1 };
  const within = condition.within;
  const kind = windowKind(within);
  const where = Array.isArray(condition.where) ? (condition.where as Json[]) : [];
  const set = (key: string, value: unknown) => {
    const next = { ...condition, [key]: value };
    if (value === undefined) delete next[key];
    onChange(next);
  };
  const setWindow = (next: WindowKind) => {
    if (next === 'ever') return onChange(withoutNewer({ ...condition, within: { ever: true } }));
    if (next === 'between') {
      const to = new Date().toISOString().slice(0, 10);
      const from = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
      return onChange(withoutNewer({ ...condition, within: { from, to } }));
    }
    onChange({ ...condition, within: { last_days: 30 } });
  };
  const setWhere = (index: number, item: Json | null) => {
    const next =
      item === null
        ? where.filter((_, at) => at !== index)
        : where.map((old, at) => (at === index ? item : old));
    set('where', next.length > 0 ? next : undefined);
  };
  return (
    <div className="segment-parts segment-event">
      <Field
        label={t('segment_event')}
        list={eventsId}
        value={String(condition.event ?? '')}
        error={errorFor('event')}
        onChange={(event) => set('event', event.target.value)}
      />
      <datalist id={eventsId}>
        {catalogue.events.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {'sum' in condition ? (
        <p className="muted">{t('segment_event_sum_kept')}</p>
      ) : (
        <>
          <Choice
            label={t('segment_count_op')}
            value={String(count.op)}
            onChange={(op) => set('count', { ...count, op })}
            options={comparisons.map((op) => ({ value: op, label: operatorLabel(t, op) }))}
            error={errorFor('count.op')}
          />
          <NumberInput
            label={t('segment_count_times')}
            value={count.value}
            min={0}
            step={1}
            onChange={(value) => set('count', { ...count, value })}
            error={errorFor('count.value') ?? errorFor('count')}
          />
        </>
      )}
      <Choice
        label={t('segment_window')}
        value={kind}
        onChange={(next) => setWindow(next as WindowKind)}
        options={[
          { value: 'last_days', label: t('segment_window_last_days') },
          { value: 'ever', label: t('segment_window_ever') },
          { value: 'between', label: t('segment_window_between') },
        ]}
        error={error?.rest === 'within' ? error.text : null}
      />
      {kind === 'last_days' && (
        <NumberInput
          label={t('segment_days')}
          value={isObject(within) ? within.last_days : undefined}
          min={1}
          step={1}
          onChange={(days) => set('within', { last_days: days })}
          error={errorFor('within.last_days')}
        />
      )}
      {kind === 'between' && isObject(within) && (
        <>
          <Field
            label={t('segment_from')}
            type="date"
            value={String(within.from ?? '').slice(0, 10)}
            error={errorFor('within.from')}
            onChange={(event) => set('within', { ...within, from: event.target.value })}
          />
          <Field
            label={t('segment_to')}
            type="date"
            value={String(within.to ?? '').slice(0, 10)}
            error={errorFor('within.to')}
            onChange={(event) => set('within', { ...within, to: event.target.value })}
          />
        </>
      )}
      {kind === 'last_days' && (
        <label className="segment-check">
          <input
            type="checkbox"
            checked={condition.include_newer_customers === true}
            onChange={(event) => set('include_newer_customers', event.target.checked ? true : undefined)}
          />
          {t('segment_include_newer')}
        </label>
      )}
      <fieldset className="segment-where">
        <legend>{t('segment_where')}</legend>
        {where.map((item, index) => (
          <PropertyRow
            key={index}
            index={index}
            item={item}
            onChange={(next) => setWhere(index, next)}
            errorFor={(part) =>
              errorFor(`where[${index}].${part}`) ?? (part === 'field' ? errorFor(`where[${index}]`) : null)
            }
          />
        ))}
        {errorFor('where') && !where.some((_, index) => errorFor(`where[${index}]`)) && (
          <p className="field-error">{errorFor('where')}</p>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => set('where', [...where, { field: 'properties.', op: 'eq', value: '' }])}
        >
          {t('segment_add_property')}
        </button>
      </fieldset>
    </div>
  );
}

/** "Customers younger than the window do not match" is the default; only a last-N-days window says so. */
function withoutNewer(condition: Json): Json {
  const next = { ...condition };
  delete next.include_newer_customers;
  return next;
}

function PropertyRow(props: {
  index: number;
  item: Json;
  onChange: (item: Json | null) => void;
  errorFor: (part: string) => string | null;
}) {
  const { t } = useUi();
  const { item, onChange, errorFor } = props;
  const name = String(item.field ?? '').replace(/^properties\./, '');
  const op = String(item.op ?? 'eq');
  const takesValue = op !== 'exists' && op !== 'not_exists';
  return (
    <div
      className="segment-parts segment-property"
      role="group"
      aria-label={t('segment_property_n', { n: props.index + 1 })}
    >
      <Field
        label={t('segment_property')}
        value={name}
        error={errorFor('field')}
        onChange={(event) => onChange({ ...item, field: `properties.${event.target.value}` })}
      />
      <Choice
        label={t('segment_operator')}
        value={op}
        onChange={(next) => {
          const changed: Json = { field: item.field, op: next };
          if (next !== 'exists' && next !== 'not_exists') changed.value = item.value ?? '';
          onChange(changed);
        }}
        options={propertyOperators.map((candidate) => ({
          value: candidate,
          label: operatorLabel(t, candidate),
        }))}
        error={errorFor('op')}
      />
      {takesValue && (
        <Field
          label={t('segment_value')}
          hint={t('segment_property_value_hint')}
          value={String(item.value ?? '')}
          error={errorFor('value')}
          onChange={(event) => onChange({ ...item, value: propertyValue(event.target.value) })}
        />
      )}
      <button
        type="button"
        onClick={() => onChange(null)}
        aria-label={t('segment_remove_property_n', { n: props.index + 1 })}
      >
        {t('segment_remove')}
      </button>
    </div>
  );
}
