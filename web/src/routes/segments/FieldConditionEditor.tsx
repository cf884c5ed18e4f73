import { Field } from '../../components/Field.js';
import { useUi } from '../../ui.js';
import { useBuilder } from './context.js';
import { Choice, GroupedSelect, NumberInput } from './inputs.js';
import { errorIsAt } from './tree.js';
import type { FieldType, Json } from './types.js';
import { familyLabel, fieldLabel, operatorLabel, valueLabel } from './words.js';

/** Fields that hold a set (products bought, badges, subscriptions): the server takes "has" operators only. */
const setFields = new Set(['orders.product', 'orders.category', 'loyalty.badge', 'messages.subscribed']);
const setOperators = ['eq', 'neq', 'in', 'not_in'];
const valueless = new Set(['exists', 'not_exists', 'anniversary_this_month']);
const dayOperators = new Set(['within_last_days', 'more_than_days_ago', 'anniversary_within_days']);
const traitTypes: FieldType[] = ['text', 'number', 'boolean', 'date'];

const today = () => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A trait's type, as the server reads it from the operator and the value's JSON type. */
function traitTypeOf(condition: Json): FieldType {
  const op = String(condition.op ?? '');
  if (dayOperators.has(op) || op === 'anniversary_this_month') return 'date';
  const value = Array.isArray(condition.value) ? condition.value[0] : condition.value;
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string' && ['gt', 'gte', 'lt', 'lte', 'between'].includes(op)) return 'date';
  return 'text';
}

/** The value a condition starts with for its type and operator, so that it counts at once. */
function defaultValue(type: FieldType, op: string, values: string[] | undefined): unknown {
  if (valueless.has(op)) return undefined;
  if (op === 'anniversary_within_days') return 7;
  if (dayOperators.has(op)) return 30;
  if (op === 'between') {
    if (type === 'date') return [daysAgo(30), today()];
    return type === 'money' ? [0, 10_000] : [0, 10];
  }
  const one = (): unknown => {
    if (values?.length) return values[0];
    if (type === 'number') return 1;
    if (type === 'money') return 0;
    if (type === 'boolean') return true;
    if (type === 'date') return today();
    return '';
  };
  return op === 'in' || op === 'not_in' ? [one()] : one();
}

/** The condition with a field, operator and value; the value dropped where the operator takes none. */
function withParts(condition: Json, field: string, op: string, value: unknown): Json {
  const next: Json = { field, op };
  if (value !== undefined) next.value = value;
  if (field === 'loyalty.points_expiring') next.within_days = condition.within_days ?? 30;
  return next;
}

export function FieldConditionEditor({
  nodeKey,
  condition,
  onChange,
}: {
  nodeKey: string;
  condition: Json;
  onChange: (condition: Json) => void;
}) {
  const { t } = useUi();
  const { catalogue, errorAt, moneyScale } = useBuilder();
  const error = errorAt(nodeKey);
  const errorFor = (part: string) => (error && errorIsAt(error.rest, part) ? error.text : null);
  const field = String(condition.field ?? '');
  const op = String(condition.op ?? '');
  const info = catalogue.fields.find((candidate) => candidate.field === field);
  const isTrait = field.startsWith('traits.');
  const type: FieldType = isTrait ? traitTypeOf(condition) : (info?.type ?? 'text');
  const operators = setFields.has(field) ? setOperators : (catalogue.operators[type] ?? []);

  const families = [...new Set(catalogue.fields.map((candidate) => candidate.family))];
  const traits = catalogue.traits.map((trait) => `traits.${trait}`);
  if (isTrait && !traits.includes(field)) traits.push(field);
  const groups = [
    ...families.map((family) => ({
      label: familyLabel(t, family),
      options: catalogue.fields
        .filter((candidate) => candidate.family === family)
        .map((candidate) => ({ value: candidate.field, label: fieldLabel(t, candidate.field) })),
    })),
    ...(traits.length > 0
      ? [
          {
            label: familyLabel(t, 'traits'),
            options: traits.map((trait) => ({ value: trait, label: fieldLabel(t, trait) })),
          },
        ]
      : []),
  ];

  const chooseField = (next: string) => {
    const nextInfo = catalogue.fields.find((candidate) => candidate.field === next);
    const nextType = next.startsWith('traits.') ? 'text' : (nextInfo?.type ?? 'text');
    const allowed = setFields.has(next) ? setOperators : (catalogue.operators[nextType] ?? []);
    const nextOp = allowed.includes(op) && nextType === type ? op : (allowed[0] ?? 'eq');
    const keep = nextOp === op && nextType === type && !nextInfo?.values;
    onChange(
      withParts(
        condition,
        next,
        nextOp,
        keep ? condition.value : defaultValue(nextType, nextOp, nextInfo?.values),
      ),
    );
  };
  const chooseOperator = (next: string) => {
    const sameShape =
      !valueless.has(next) &&
      !valueless.has(op) &&
      dayOperators.has(next) === dayOperators.has(op) &&
      ['in', 'not_in', 'between'].includes(next) === ['in', 'not_in', 'between'].includes(op) &&
      (next === 'between') === (op === 'between');
    const value = sameShape ? condition.value : defaultValue(type, next, info?.values);
    onChange(withParts(condition, field, next, value));
  };
  const chooseTraitType = (next: FieldType) => {
    const allowed = catalogue.operators[next] ?? [];
    const nextOp = allowed.includes(op) ? op : (allowed[0] ?? 'eq');
    onChange(withParts(condition, field, nextOp, defaultValue(next, nextOp, undefined)));
  };
  const setValue = (value: unknown) => onChange(withParts(condition, field, op, value));

  return (
    <div className="segment-parts">
      <GroupedSelect
        label={t('segment_field')}
        value={field}
        onChange={chooseField}
        groups={groups}
        error={errorFor('field')}
      />
      {isTrait && (
        <Choice
          label={t('segment_trait_type')}
          value={type}
          onChange={(next) => chooseTraitType(next as FieldType)}
          options={traitTypes.map((candidate) => ({
            value: candidate,
            label: t(`segment_type_${candidate}`),
          }))}
        />
      )}
      <Choice
        label={t('segment_operator')}
        value={op}
        onChange={chooseOperator}
        options={operators.map((candidate) => ({ value: candidate, label: operatorLabel(t, candidate) }))}
        error={errorFor('op')}
      />
      <ValueEditor
        type={type}
        op={op}
        field={field}
        values={info?.values}
        value={condition.value}
        onChange={setValue}
        error={errorFor('value')}
        moneyScale={moneyScale}
      />
      {field === 'loyalty.points_expiring' && (
        <NumberInput
          label={t('segment_within_days')}
          value={condition.within_days}
          min={1}
          step={1}
          onChange={(days) => onChange({ ...condition, within_days: days })}
          error={errorFor('within_days')}
        />
      )}
    </div>
  );
}

function ValueEditor(props: {
  type: FieldType;
  op: string;
  field: string;
  values: string[] | undefined;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | null;
  moneyScale: number;
}) {
  const { t } = useUi();
  const { type, op, value, onChange, error } = props;
  if (valueless.has(op)) return error ? <p className="field-error">{error}</p> : null;
  if (dayOperators.has(op)) {
    return (
      <NumberInput
        label={t('segment_days')}
        value={value}
        min={0}
        step={1}
        onChange={onChange}
        error={error}
      />
    );
  }
  if (op === 'between') {
    const pair = Array.isArray(value) ? value : [undefined, undefined];
    const set = (index: number, item: unknown) => onChange(index === 0 ? [item, pair[1]] : [pair[0], item]);
    return (
      <>
        <ScalarEditor
          {...props}
          label={t('segment_from')}
          value={pair[0]}
          onChange={(item) => set(0, item)}
        />
        <ScalarEditor {...props} label={t('segment_to')} value={pair[1]} onChange={(item) => set(1, item)} />
      </>
    );
  }
  if (op === 'in' || op === 'not_in') {
    const list = Array.isArray(value) ? value : [];
    if (props.values) {
      return (
        <fieldset className="segment-choices">
          <legend>{t('segment_values')}</legend>
          {props.values.map((option) => (
            <label key={option} className="segment-check">
              <input
                type="checkbox"
                checked={list.includes(option)}
                onChange={(event) =>
                  onChange(event.target.checked ? [...list, option] : list.filter((item) => item !== option))
                }
              />
              {valueLabel(t, props.field, option)}
            </label>
          ))}
          {error && <div className="field-error">{error}</div>}
        </fieldset>
      );
    }
    return (
      <Field
        label={t('segment_values')}
        hint={t('segment_values_hint')}
        value={list.join(', ')}
        error={error}
        onChange={(event) =>
          onChange(
            event.target.value
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean)
              .map((item) => (type === 'number' && Number.isFinite(Number(item)) ? Number(item) : item)),
          )
        }
      />
    );
  }
  return <ScalarEditor {...props} label={t('segment_value')} />;
}

function ScalarEditor(props: {
  type: FieldType;
  field: string;
  values: string[] | undefined;
  value: unknown;
  onChange: (value: unknown) => void;
  error: string | null;
  moneyScale: number;
  label: string;
}) {
  const { t } = useUi();
  const { type, value, onChange, error, label } = props;
  if (props.values) {
    return (
      <Choice
        label={label}
        value={String(value ?? '')}
        onChange={onChange}
        options={props.values.map((option) => ({ value: option, label: valueLabel(t, props.field, option) }))}
        error={error}
      />
    );
  }
  if (type === 'number' || type === 'money') {
    return (
      <NumberInput
        label={label}
        value={value}
        onChange={onChange}
        error={error}
        scale={type === 'money' ? props.moneyScale : 1}
      />
    );
  }
  if (type === 'boolean') {
    return (
      <Choice
        label={label}
        value={value === false ? 'false' : 'true'}
        onChange={(next) => onChange(next === 'true')}
        options={[
          { value: 'true', label: t('segment_yes') },
          { value: 'false', label: t('segment_no') },
        ]}
        error={error}
      />
    );
  }
  if (type === 'date') {
    return (
      <Field
        label={label}
        type="date"
        value={typeof value === 'string' ? value.slice(0, 10) : ''}
        error={error}
        onChange={(event) => onChange(event.target.value || undefined)}
      />
    );
  }
  return (
    <Field
      label={label}
      value={String(value ?? '')}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
