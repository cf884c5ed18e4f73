import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useSimulateEarnRule, useUpdateEarnRule, type EarnRule } from '../../hooks/loyalty.js';
import { Field } from '../../components/Field.js';
import { useUi } from '../../ui.js';
import { errorText } from '../../components/States.js';

/** The parts of a rule the API takes back as its definition (everything but identity and dates). */
function definitionOf(rule: EarnRule) {
  const { trigger, conditions, reward, limits, apply_tier_multiplier } = rule;
  return { trigger, conditions, reward, limits, apply_tier_multiplier };
}

/** Edit a rule's name, points and state, backtest the draft, save (a new version). */
export function EarnRuleEditor({ rule, onDone }: { rule: EarnRule; onDone: () => void }) {
  const { t, fmt } = useUi();
  const update = useUpdateEarnRule();
  const simulate = useSimulateEarnRule();
  const [name, setName] = useState(rule.name);
  const [points, setPoints] = useState(String(rule.reward.points));
  const [active, setActive] = useState(rule.active);
  const draft = () => {
    const definition = definitionOf(rule);
    return { ...definition, reward: { ...definition.reward, points: Number(points) } };
  };
  const error = [update.error, simulate.error].find((e) => e instanceof ApiError) as ApiError | undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: rule.id, changes: { name, active, definition: draft() } }, { onSuccess: onDone });
  };
  const result = simulate.data;
  return (
    <form
      className="form inline-form"
      onSubmit={submit}
      aria-label={t('rule_edit_title', { name: rule.name })}
    >
      <div className="field-row">
        <Field label={t('rule_name')} value={name} onChange={(e) => setName(e.target.value)} />
        <Field
          label={t('rule_points')}
          type="number"
          min={1}
          value={points}
          onChange={(e) => setPoints(e.target.value)}
        />
        <div className="field checkbox">
          <label>
            <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />{' '}
            {t('rule_active')}
          </label>
        </div>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {result && (
        <p className="backtest" role="status">
          {t('backtest_result', {
            points: fmt.points(result.points),
            customers: fmt.number(result.customers),
            value: fmt.money(result.value_minor),
          })}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('saving') : t('save')}
        </button>
        <button
          type="button"
          title={t('backtest_def')}
          disabled={simulate.isPending}
          onClick={() => simulate.mutate({ definition: draft() })}
        >
          {t('backtest')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
