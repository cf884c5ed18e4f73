import { useState, type FormEvent } from 'react';
import { useAddStoreCredit, useAdjustPoints, useIssueReward } from '../../hooks/customers.js';
import { useRewards } from '../../hooks/loyalty.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { useErrorText } from '../../components/States.js';
import { currencyExponent } from '../../i18n/format.js';
import { useUi } from '../../ui.js';

/** One action's outcome under its form: what changed, or why nothing did. */
function Outcome({ done, error }: { done: string | null; error: unknown }) {
  const errorText = useErrorText();
  if (error)
    return (
      <p className="form-error" role="alert">
        {errorText(error)}
      </p>
    );
  return done ? (
    <p className="form-done" role="status">
      {done}
    </p>
  ) : null;
}

function AdjustPoints({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const adjust = useAdjustPoints(id);
  const [points, setPoints] = useState('');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    adjust.mutate(
      { points: Number(points), reason: reason.trim() },
      {
        onSuccess: () => {
          setPoints('');
          setReason('');
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('customers_adjust_points')}>
      <h3>{t('customers_adjust_points')}</h3>
      <Field
        label={t('customers_points_change')}
        hint={t('customers_points_change_hint')}
        type="number"
        step={1}
        required
        value={points}
        onChange={(event) => setPoints(event.target.value)}
      />
      <Field
        label={t('customers_reason')}
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={adjust.isPending || !points || Number(points) === 0 || !reason.trim()}>
        {t('customers_adjust_submit')}
      </button>
      <Outcome
        error={adjust.error}
        done={
          adjust.data ? t('customers_points_done', { balance: fmt.points(adjust.data.balance_after) }) : null
        }
      />
    </form>
  );
}

function AddStoreCredit({ id, currency }: { id: string; currency: string }) {
  const { t, fmt } = useUi();
  const credit = useAddStoreCredit(id);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const exponent = currencyExponent(currency);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The form takes the amount as the shop writes it (50000 ₫, 12.50 $); the API takes minor units.
    const minor = Math.round(Number(amount) * 10 ** exponent);
    credit.mutate(
      { amount: minor, reason: reason.trim() },
      {
        onSuccess: () => {
          setAmount('');
          setReason('');
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('customers_add_credit')}>
      <h3>{t('customers_add_credit')}</h3>
      <Field
        label={t('customers_credit_amount', { currency })}
        type="number"
        step={10 ** -exponent}
        min={0}
        required
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
      />
      <Field
        label={t('customers_reason')}
        required
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" disabled={credit.isPending || !(Number(amount) > 0) || !reason.trim()}>
        {t('customers_add_credit_submit')}
      </button>
      <Outcome
        error={credit.error}
        done={
          credit.data ? t('customers_credit_done', { amount: fmt.money(credit.data.amount, currency) }) : null
        }
      />
    </form>
  );
}

function IssueReward({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const rewards = useRewards();
  const issue = useIssueReward(id);
  const [rewardId, setRewardId] = useState('');
  const live = (rewards.data?.data ?? []).filter((reward) => !reward.archived);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    issue.mutate(rewardId);
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('customers_issue_reward')}>
      <h3>{t('customers_issue_reward')}</h3>
      <SelectField
        label={t('customers_reward')}
        hint={t('customers_issue_reward_hint')}
        value={rewardId}
        onChange={setRewardId}
        options={[
          { value: '', label: t('customers_choose_reward') },
          ...live.map((reward) => ({
            value: reward.id,
            label: t('customers_reward_option', {
              name: reward.name,
              points: fmt.points(reward.points_cost),
            }),
          })),
        ]}
      />
      <button type="submit" disabled={issue.isPending || !rewardId}>
        {t('customers_issue_submit')}
      </button>
      <Outcome
        error={issue.error}
        done={
          issue.data
            ? issue.data.coupon
              ? t('customers_reward_done_code', {
                  reward: issue.data.reward_name,
                  code: issue.data.coupon.code,
                })
              : t('customers_reward_done', { reward: issue.data.reward_name })
            : null
        }
      />
    </form>
  );
}

/** What customer service does for a customer; read-only users (analysts) never see it. */
export function CustomerActions({ id }: { id: string }) {
  const { t, workspace, readOnly } = useUi();
  if (readOnly) return null;
  return (
    <Panel title={t('customers_service')} wide>
      <div className="action-forms">
        <AdjustPoints id={id} />
        <IssueReward id={id} />
        <AddStoreCredit id={id} currency={workspace?.currency ?? 'USD'} />
      </div>
    </Panel>
  );
}
