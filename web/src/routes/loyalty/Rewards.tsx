import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useArchiveReward, useRewards, useSaveReward, useTiers, type Reward } from '../../hooks/loyalty.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from './ArchiveButton.js';
import { givesText, optionalInt, toMajor, toMinor } from './words.js';

const kinds = ['amount_off', 'percent_off', 'free_shipping', 'free_product', 'store_credit'] as const;
type Kind = (typeof kinds)[number];

/** A reward's terms: what it gives (in the workspace currency), what it costs, how many are left. */
function RewardForm({ reward, onDone }: { reward?: Reward; onDone: () => void }) {
  const { t, workspace } = useUi();
  const currency = workspace?.currency ?? 'USD';
  const save = useSaveReward();
  const [name, setName] = useState(reward?.name ?? '');
  const [kind, setKind] = useState<Kind>(reward?.kind ?? 'amount_off');
  const [amount, setAmount] = useState(toMajor(reward?.amount_off ?? reward?.credit_amount, currency));
  const [percent, setPercent] = useState(String(reward?.percent_off ?? ''));
  const [product, setProduct] = useState(reward?.product_id ?? '');
  const [cost, setCost] = useState(String(reward?.points_cost ?? ''));
  const [minimum, setMinimum] = useState(toMajor(reward?.minimum_order, currency));
  const [stock, setStock] = useState(String(reward?.stock ?? ''));
  const [expiresAfter, setExpiresAfter] = useState(String(reward?.coupon_expires_after_days ?? ''));
  const [description, setDescription] = useState(reward?.description ?? '');
  const [minimumTier, setMinimumTier] = useState(reward?.minimum_tier ?? '');
  const [from, setFrom] = useState(reward?.active_from?.slice(0, 10) ?? '');
  const [until, setUntil] = useState(reward?.active_until?.slice(0, 10) ?? '');
  const tiers = useTiers();
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const terms = () => ({
    name,
    points_cost: Number(cost),
    ...(kind === 'amount_off' ? { amount_off: toMinor(amount, currency) } : {}),
    ...(kind === 'store_credit' ? { credit_amount: toMinor(amount, currency) } : {}),
    ...(kind === 'percent_off' ? { percent_off: Number(percent) } : {}),
    ...(kind === 'free_product' ? { product_id: product } : {}),
    minimum_order: minimum.trim() ? toMinor(minimum, currency) : null,
    stock: optionalInt(stock) ?? null,
    coupon_expires_after_days: kind === 'store_credit' ? null : (optionalInt(expiresAfter) ?? null),
    description: description.trim() || null,
    minimum_tier: minimumTier || null,
    active_from: from ? new Date(`${from}T00:00:00Z`).toISOString() : null,
    active_until: until ? new Date(`${until}T23:59:59Z`).toISOString() : null,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(reward ? { id: reward.id, reward: terms() } : { id: null, reward: { ...terms(), kind } }, {
      onSuccess: onDone,
    });
  };
  const amountParam = kind === 'store_credit' ? 'credit_amount' : 'amount_off';
  return (
    <form
      className="form inline-form"
      onSubmit={submit}
      aria-label={reward ? t('reward_edit_title', { name: reward.name }) : t('reward_new')}
    >
      <div className="field-row">
        <Field
          label={t('reward_name')}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <SelectField
          label={t('reward_kind')}
          value={kind}
          disabled={Boolean(reward)}
          onChange={(value) => setKind(value as Kind)}
          options={kinds.map((option) => ({ value: option, label: t(`reward_kind_${option}`) }))}
        />
      </div>
      <div className="field-row">
        {(kind === 'amount_off' || kind === 'store_credit') && (
          <Field
            label={t(kind === 'store_credit' ? 'reward_credit' : 'reward_amount_off', { currency })}
            type="number"
            min={0}
            step="any"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={fieldError(amountParam)}
          />
        )}
        {kind === 'percent_off' && (
          <Field
            label={t('reward_percent_off')}
            type="number"
            min={1}
            max={100}
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
            error={fieldError('percent_off')}
          />
        )}
        {kind === 'free_product' && (
          <Field
            label={t('reward_product')}
            value={product}
            onChange={(e) => setProduct(e.target.value)}
            error={fieldError('product_id')}
          />
        )}
        <Field
          label={t('reward_cost')}
          type="number"
          min={1}
          value={cost}
          required
          onChange={(e) => setCost(e.target.value)}
          error={fieldError('points_cost')}
        />
      </div>
      <div className="field-row">
        <Field
          label={t('offer_minimum_order', { currency })}
          type="number"
          min={0}
          step="any"
          value={minimum}
          onChange={(e) => setMinimum(e.target.value)}
          error={fieldError('minimum_order')}
        />
        <Field
          label={t('reward_stock')}
          hint={t('reward_stock_hint')}
          type="number"
          min={0}
          value={stock}
          onChange={(e) => setStock(e.target.value)}
          error={fieldError('stock')}
        />
        {kind !== 'store_credit' && (
          <Field
            label={t('reward_coupon_days')}
            type="number"
            min={1}
            value={expiresAfter}
            onChange={(e) => setExpiresAfter(e.target.value)}
            error={fieldError('coupon_expires_after_days')}
          />
        )}
      </div>
      <div className="field-row">
        <SelectField
          label={t('reward_minimum_tier')}
          value={minimumTier}
          onChange={setMinimumTier}
          options={[
            { value: '', label: t('reward_any_tier') },
            ...(tiers.data?.data ?? []).map((tier) => ({ value: tier.id, label: tier.name })),
          ]}
        />
        <Field
          label={t('reward_available_from')}
          type="date"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          error={fieldError('active_from')}
        />
        <Field
          label={t('reward_available_until')}
          type="date"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          error={fieldError('active_until')}
        />
      </div>
      <Field
        label={t('reward_description')}
        hint={t('reward_description_hint')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fieldError('description')}
      />
      {error && !error.param && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export function Rewards() {
  const { t, fmt, readOnly } = useUi();
  const rewards = useRewards();
  const archive = useArchiveReward();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Panel
      title={t('rewards_title')}
      actions={
        !readOnly && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('reward_new')}
          </button>
        )
      }
    >
      {editing === 'new' && <RewardForm onDone={() => setEditing(null)} />}
      <QueryView query={rewards} what="/v1/loyalty/rewards">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('rewards_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_gives')}</th>
                  <th scope="col" className="num">
                    {t('col_cost')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((reward) =>
                  editing === reward.id ? (
                    <tr key={reward.id}>
                      <td colSpan={4}>
                        <RewardForm reward={reward} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={reward.id}>
                      <td>{reward.name}</td>
                      <td data-testid="reward-gives">{givesText(t, fmt, reward)}</td>
                      <td className="num">{fmt.points(reward.points_cost)}</td>
                      <td>
                        {!readOnly && (
                          <div className="actions">
                            <button
                              type="button"
                              onClick={() => setEditing(reward.id)}
                              aria-label={`${t('edit')} ${reward.name}`}
                            >
                              {t('edit')}
                            </button>
                            <ArchiveButton name={reward.name} onArchive={() => archive.mutate(reward.id)} />
                          </div>
                        )}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
