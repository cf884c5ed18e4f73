import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useProgram, useSaveProgram, type Program, type ProgramSettings } from '../../hooks/loyalty.js';
import { currencyExponent } from '../../i18n/format.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

function settingsOf(program: Program): ProgramSettings {
  const { object: _object, currency: _currency, rounding: _rounding, ...settings } = program;
  return settings;
}

/** Major units as typed ("1.50") ↔ integer minor units, by the currency's exponent. */
const toMajor = (minor: number, currency: string) => String(minor / 10 ** currencyExponent(currency));
const toMinor = (major: string, currency: string) =>
  Math.round(Number(major) * 10 ** currencyExponent(currency));

/** The earn rate as a sentence ("1 point for every 10.000 ₫ spent"), not the API's formula. */
function EarnSentence(props: { points: number; amountMinor: number; currency: string }) {
  const { points, amountMinor, currency } = props;
  const { t, fmt } = useUi();
  if (!Number.isFinite(points) || !Number.isFinite(amountMinor) || amountMinor <= 0) return null;
  const key = points === 1 ? 'program_earn_sentence_one' : 'program_earn_sentence_other';
  return (
    <p className="definition">
      {t(key, { points: fmt.points(points), amount: fmt.money(amountMinor, currency) })}
    </p>
  );
}

function ProgramFields({ program }: { program: Program }) {
  const { t, readOnly } = useUi();
  const save = useSaveProgram();
  const [draft, setDraft] = useState(() => settingsOf(program));
  const [amount, setAmount] = useState(() => toMajor(program.earn_per_amount_minor, program.currency));
  const [value, setValue] = useState(() => toMajor(program.redemption_value_minor, program.currency));
  const set = <Key extends keyof ProgramSettings>(key: Key, next: ProgramSettings[Key]) =>
    setDraft((current) => ({ ...current, [key]: next }));
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const months = draft.expiry.policy === 'none' ? 12 : draft.expiry.months;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      ...draft,
      earn_per_amount_minor: toMinor(amount, program.currency),
      redemption_value_minor: toMinor(value, program.currency),
    });
  };
  return (
    <form className="form" onSubmit={submit}>
      <fieldset disabled={readOnly || save.isPending}>
        <Field
          label={t('program_points_name')}
          value={draft.points_name}
          onChange={(e) => set('points_name', e.target.value)}
          error={fieldError('points_name')}
        />
        <div className="field-row">
          <Field
            label={t('program_earn_points')}
            type="number"
            min={0}
            value={draft.earn_points}
            onChange={(e) => set('earn_points', Number(e.target.value))}
            error={fieldError('earn_points')}
          />
          <Field
            label={t('program_earn_per_amount', { currency: program.currency })}
            type="number"
            min={0}
            step="any"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={fieldError('earn_per_amount_minor')}
          />
        </div>
        <Field
          label={t('program_pending_days')}
          type="number"
          min={0}
          value={draft.pending_days}
          onChange={(e) => set('pending_days', Number(e.target.value))}
          error={fieldError('pending_days')}
        />
        <div className="field-row">
          <SelectField
            label={t('program_expiry')}
            value={draft.expiry.policy}
            onChange={(policy) =>
              set(
                'expiry',
                policy === 'none'
                  ? { policy: 'none' }
                  : { policy: policy as 'per_lot' | 'inactivity', months },
              )
            }
            options={(['none', 'per_lot', 'inactivity'] as const).map((policy) => ({
              value: policy,
              label: t(`expiry_${policy}`),
            }))}
          />
          {draft.expiry.policy !== 'none' && (
            <Field
              label={t('program_expiry_months')}
              type="number"
              min={1}
              value={months}
              onChange={(e) =>
                set('expiry', { policy: draft.expiry.policy as 'per_lot', months: Number(e.target.value) })
              }
            />
          )}
        </div>
        <SelectField
          label={t('program_clawback')}
          value={draft.clawback}
          onChange={(clawback) => set('clawback', clawback as ProgramSettings['clawback'])}
          options={(['stop_at_zero', 'allow_negative'] as const).map((option) => ({
            value: option,
            label: t(`clawback_${option}`),
          }))}
        />
        <Field
          label={`${t('program_redemption', { points: draft.redemption_points })} (${program.currency})`}
          type="number"
          min={0}
          step="any"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={fieldError('redemption_value_minor')}
        />
        <EarnSentence
          points={draft.earn_points}
          amountMinor={toMinor(amount, program.currency)}
          currency={program.currency}
        />
        {error && !error.param && (
          <p className="form-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {save.isPending ? t('saving') : t('save')}
          </button>
          {save.isSuccess && (
            <span className="ok" role="status">
              {t('saved')}
            </span>
          )}
        </div>
      </fieldset>
    </form>
  );
}

export function ProgramForm() {
  const { t } = useUi();
  const program = useProgram();
  return (
    <Panel title={t('program_title')}>
      <QueryView query={program} what="/v1/loyalty/program">
        {(data) => <ProgramFields program={data} />}
      </QueryView>
    </Panel>
  );
}
