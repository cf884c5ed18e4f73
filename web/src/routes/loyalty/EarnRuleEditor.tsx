import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import {
  useBacktest,
  useCreateEarnRule,
  useUpdateEarnRule,
  type EarnRule,
  type RuleDefinition,
} from '../../hooks/loyalty.js';
import { Field, SelectField } from '../../components/Field.js';
import { errorText, fieldErrorText } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { optionalInt, sharePercent, toMajor, toMinor } from './words.js';

type Condition = RuleDefinition['conditions'][number];
const operators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'exists'] as const;
const periods = ['day', 'week', 'month'] as const;
const windows = [30, 90, 180, 365] as const;

interface ConditionDraft {
  source: Condition['source'];
  path: string;
  operator: Condition['operator'];
  value: string;
}

const conditionDraft = (condition: Condition): ConditionDraft => ({
  source: condition.source,
  path: condition.path,
  operator: condition.operator,
  value: Array.isArray(condition.value) ? condition.value.join(', ') : String(condition.value ?? ''),
});

/** `in` takes a list, typed comma-separated; `exists` takes no value; the rest compare as typed. */
const conditionOf = (draft: ConditionDraft) => ({
  source: draft.source,
  path: draft.path,
  operator: draft.operator,
  ...(draft.operator === 'exists'
    ? {}
    : { value: draft.operator === 'in' ? draft.value.split(',').map((v) => v.trim()) : draft.value }),
});

const dateOf = (iso: string | undefined) => (iso ? iso.slice(0, 10) : '');
const instantOf = (date: string) => (date ? new Date(`${date}T00:00:00Z`).toISOString() : undefined);

/**
 * A rule's every condition and limit, from a template, an existing rule or nothing; saved as a
 * draft when new (switched on from the list), backtested with its progress shown as it runs.
 */
export function EarnRuleEditor({
  rule,
  start,
  onDone,
}: {
  rule?: EarnRule;
  start?: { name: string; definition: RuleDefinition };
  onDone: () => void;
}) {
  const { t, fmt, workspace } = useUi();
  const currency = workspace?.currency ?? 'USD';
  const create = useCreateEarnRule();
  const update = useUpdateEarnRule();
  const backtest = useBacktest();
  const base = rule ?? start?.definition;
  const [name, setName] = useState(rule?.name ?? start?.name ?? '');
  const [trigger, setTrigger] = useState<'event' | 'birthday'>(base?.trigger.type ?? 'event');
  const [event, setEvent] = useState(base?.trigger.type === 'event' ? base.trigger.event : 'Order Completed');
  const [conditions, setConditions] = useState<ConditionDraft[]>(base?.conditions.map(conditionDraft) ?? []);
  const [rewardType, setRewardType] = useState<'fixed' | 'per_amount'>(base?.reward.type ?? 'fixed');
  const [points, setPoints] = useState(String(base?.reward.points ?? 10));
  const [perAmount, setPerAmount] = useState(
    base?.reward.type === 'per_amount' ? toMajor(base.reward.per_amount_minor, currency) : '',
  );
  const [category, setCategory] = useState(
    base?.reward.type === 'per_amount' ? (base.reward.category ?? '') : '',
  );
  const limits = base?.limits;
  const [oncePerCustomer, setOncePerCustomer] = useState(limits?.once_per_customer ?? false);
  const [periodCount, setPeriodCount] = useState(String(limits?.max_per_period?.count ?? ''));
  const [period, setPeriod] = useState<(typeof periods)[number]>(limits?.max_per_period?.period ?? 'month');
  const [startsAt, setStartsAt] = useState(dateOf(limits?.starts_at));
  const [endsAt, setEndsAt] = useState(dateOf(limits?.ends_at));
  const [budget, setBudget] = useState(String(limits?.budget_points ?? ''));
  const [multiplier, setMultiplier] = useState(base?.apply_tier_multiplier ?? true);
  const [windowDays, setWindowDays] = useState<number>(90);

  const definition = () => {
    const count = optionalInt(periodCount);
    return {
      trigger: trigger === 'birthday' ? { type: 'birthday' as const } : { type: 'event' as const, event },
      conditions: conditions.map(conditionOf),
      reward:
        rewardType === 'fixed'
          ? { type: 'fixed' as const, points: Number(points) }
          : {
              type: 'per_amount' as const,
              points: Number(points),
              per_amount_minor: toMinor(perAmount, currency),
              ...(category.trim() ? { category: category.trim() } : {}),
            },
      limits: {
        once_per_customer: oncePerCustomer,
        ...(count === undefined ? {} : { max_per_period: { count, period } }),
        ...(startsAt ? { starts_at: instantOf(startsAt) } : {}),
        ...(endsAt ? { ends_at: instantOf(endsAt) } : {}),
        ...(optionalInt(budget) === undefined ? {} : { budget_points: optionalInt(budget) }),
      },
      apply_tier_multiplier: multiplier,
    };
  };
  const saving = rule ? update : create;
  const error = [saving.error, backtest.error].find((e) => e instanceof ApiError) as ApiError | undefined;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const named = new Set([
    'name',
    'definition.trigger.event',
    'definition.reward.points',
    'definition.reward.per_amount_minor',
    'definition.limits.max_per_period.count',
    'definition.limits.ends_at',
    'definition.limits.budget_points',
  ]);
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    if (rule)
      update.mutate({ id: rule.id, changes: { name, definition: definition() } }, { onSuccess: onDone });
    else create.mutate({ name, definition: definition() }, { onSuccess: onDone });
  };
  const runBacktest = () =>
    backtest.mutate({
      definition: definition(),
      from: new Date(Date.now() - windowDays * 24 * 3_600_000).toISOString(),
    });
  const setCondition = (index: number, changes: Partial<ConditionDraft>) =>
    setConditions((current) => current.map((c, i) => (i === index ? { ...c, ...changes } : c)));
  const result = backtest.data;
  const progress = backtest.progress;
  return (
    <form
      className="form inline-form"
      onSubmit={submit}
      aria-label={rule ? t('rule_edit_title', { name: rule.name }) : t('rule_new_title')}
    >
      <Field
        label={t('rule_name')}
        value={name}
        required
        onChange={(e) => setName(e.target.value)}
        error={fieldError('name')}
      />
      <div className="field-row">
        <SelectField
          label={t('rule_trigger')}
          value={trigger}
          onChange={(value) => setTrigger(value as 'event' | 'birthday')}
          options={[
            { value: 'event', label: t('rule_trigger_event') },
            { value: 'birthday', label: t('trigger_birthday') },
          ]}
        />
        {trigger === 'event' && (
          <Field
            label={t('rule_event_name')}
            value={event}
            onChange={(e) => setEvent(e.target.value)}
            error={fieldError('definition.trigger.event')}
          />
        )}
      </div>
      <fieldset>
        <legend>{t('rule_conditions')}</legend>
        {conditions.length === 0 && <p className="muted">{t('rule_conditions_none')}</p>}
        {conditions.map((condition, index) => (
          <div className="field-row" key={index}>
            <SelectField
              label={t('rule_condition_source')}
              value={condition.source}
              onChange={(source) => setCondition(index, { source: source as ConditionDraft['source'] })}
              options={[
                { value: 'property', label: t('rule_source_property') },
                { value: 'trait', label: t('rule_source_trait') },
              ]}
            />
            <Field
              label={t('rule_condition_path')}
              value={condition.path}
              onChange={(e) => setCondition(index, { path: e.target.value })}
              error={fieldError(`definition.conditions[${index}].path`)}
            />
            <SelectField
              label={t('rule_condition_operator')}
              value={condition.operator}
              onChange={(operator) =>
                setCondition(index, { operator: operator as ConditionDraft['operator'] })
              }
              options={operators.map((operator) => ({ value: operator, label: t(`operator_${operator}`) }))}
            />
            {condition.operator !== 'exists' && (
              <Field
                label={t('rule_condition_value')}
                value={condition.value}
                onChange={(e) => setCondition(index, { value: e.target.value })}
              />
            )}
            <button
              type="button"
              onClick={() => setConditions((current) => current.filter((_, i) => i !== index))}
            >
              {t('rule_condition_remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            setConditions((current) => [
              ...current,
              { source: 'property', path: '', operator: 'eq', value: '' },
            ])
          }
        >
          {t('rule_condition_add')}
        </button>
      </fieldset>
      <div className="field-row">
        <SelectField
          label={t('rule_reward_type')}
          value={rewardType}
          onChange={(value) => setRewardType(value as 'fixed' | 'per_amount')}
          options={[
            { value: 'fixed', label: t('rule_reward_fixed') },
            { value: 'per_amount', label: t('rule_reward_per_amount') },
          ]}
        />
        <Field
          label={t('rule_points')}
          type="number"
          min={1}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          error={fieldError('definition.reward.points')}
        />
        {rewardType === 'per_amount' && (
          <>
            <Field
              label={t('rule_per_amount', { currency })}
              type="number"
              min={0}
              step="any"
              value={perAmount}
              onChange={(e) => setPerAmount(e.target.value)}
              error={fieldError('definition.reward.per_amount_minor')}
            />
            <Field
              label={t('rule_category')}
              value={category}
              hint={t('rule_category_hint')}
              onChange={(e) => setCategory(e.target.value)}
            />
          </>
        )}
      </div>
      <fieldset>
        <legend>{t('rule_limits')}</legend>
        <div className="field-row">
          <div className="field checkbox">
            <label>
              <input
                type="checkbox"
                checked={oncePerCustomer}
                onChange={(e) => setOncePerCustomer(e.target.checked)}
              />{' '}
              {t('cap_once_per_customer')}
            </label>
          </div>
          <Field
            label={t('rule_max_per_period')}
            type="number"
            min={1}
            value={periodCount}
            onChange={(e) => setPeriodCount(e.target.value)}
            error={fieldError('definition.limits.max_per_period.count')}
          />
          <SelectField
            label={t('rule_period')}
            value={period}
            onChange={(value) => setPeriod(value as (typeof periods)[number])}
            options={periods.map((p) => ({ value: p, label: t(`period_${p}`) }))}
          />
        </div>
        <div className="field-row">
          <Field
            label={t('rule_starts')}
            type="date"
            value={startsAt}
            onChange={(e) => setStartsAt(e.target.value)}
          />
          <Field
            label={t('rule_ends')}
            type="date"
            value={endsAt}
            onChange={(e) => setEndsAt(e.target.value)}
            error={fieldError('definition.limits.ends_at')}
          />
          <Field
            label={t('rule_budget')}
            type="number"
            min={1}
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            error={fieldError('definition.limits.budget_points')}
          />
        </div>
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={multiplier} onChange={(e) => setMultiplier(e.target.checked)} />{' '}
            {t('rule_tier_multiplier')}
          </label>
        </div>
      </fieldset>
      {error && !named.has(error.param ?? '') && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="field-row">
        <SelectField
          label={t('backtest_window')}
          value={String(windowDays)}
          onChange={(value) => setWindowDays(Number(value))}
          options={windows.map((days) => ({ value: String(days), label: t('backtest_last_days', { days }) }))}
        />
        <button type="button" title={t('backtest_def')} disabled={backtest.isPending} onClick={runBacktest}>
          {backtest.isPending ? t('backtest_running') : t('backtest')}
        </button>
      </div>
      {backtest.isPending && (
        <div className="backtest" role="status" aria-live="polite">
          <progress
            max={progress?.total || 1}
            value={progress?.scanned ?? 0}
            aria-label={t('backtest_progress_label')}
          />{' '}
          {progress
            ? t('backtest_progress', {
                scanned: fmt.number(progress.scanned),
                total: fmt.number(progress.total),
              })
            : t('backtest_reading')}
        </div>
      )}
      {result && !backtest.isPending && (
        <div className="backtest" role="status" data-testid="backtest-result">
          <p>
            {t('backtest_window_text', {
              from: fmt.date(result.from),
              to: fmt.date(result.to),
              events: fmt.number(result.events_scanned),
            })}
          </p>
          <p>
            {t('backtest_result', {
              points: fmt.points(result.points),
              customers: fmt.number(result.customers),
              value: fmt.money(result.value_minor),
            })}
          </p>
          <p>
            {result.base_points > 0
              ? t('backtest_on_top', {
                  base: fmt.points(result.base_points),
                  value: fmt.money(result.base_value_minor),
                  share: sharePercent(fmt, result.points / result.base_points),
                })
              : t('backtest_no_base')}
          </p>
          {result.truncated && <p>{t('backtest_truncated')}</p>}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={saving.isPending}>
          {saving.isPending ? t('saving') : rule ? t('save') : t('rule_save_draft')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
