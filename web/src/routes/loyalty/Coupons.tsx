import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import {
  codesExportUrl,
  useChangeCoupon,
  useCouponCampaigns,
  useCreateCoupon,
  useDrawCodes,
  useVoidCoupon,
  type Coupon,
} from '../../hooks/coupons.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { givesText, optionalInt, toMinor } from './words.js';

const kinds = ['amount_off', 'percent_off', 'free_shipping', 'free_product'] as const;
type Kind = (typeof kinds)[number];
const instantOf = (date: string) => (date ? new Date(`${date}T23:59:59Z`).toISOString() : undefined);

/** A campaign's terms; its codes are drawn afterwards, as many as the shop hands out. */
function CampaignForm({ onDone }: { onDone: () => void }) {
  const { t, workspace } = useUi();
  const currency = workspace?.currency ?? 'USD';
  const create = useCreateCoupon();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('amount_off');
  const [amount, setAmount] = useState('');
  const [percent, setPercent] = useState('');
  const [product, setProduct] = useState('');
  const [minimum, setMinimum] = useState('');
  const [expires, setExpires] = useState('');
  const [perCustomer, setPerCustomer] = useState('');
  const [uses, setUses] = useState('');
  const error = create.error instanceof ApiError ? create.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name,
        kind,
        ...(kind === 'amount_off' ? { amount_off: toMinor(amount, currency) } : {}),
        ...(kind === 'percent_off' ? { percent_off: Number(percent) } : {}),
        ...(kind === 'free_product' ? { product_id: product } : {}),
        ...(minimum.trim() ? { minimum_order: toMinor(minimum, currency) } : {}),
        ...(expires ? { expires_at: instantOf(expires) } : {}),
        ...(optionalInt(uses) === undefined ? {} : { max_redemptions: optionalInt(uses) }),
        ...(optionalInt(perCustomer) === undefined
          ? {}
          : { max_redemptions_per_customer: optionalInt(perCustomer) }),
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form className="form inline-form" onSubmit={submit} aria-label={t('campaign_new')}>
      <div className="field-row">
        <Field
          label={t('campaign_name')}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <SelectField
          label={t('reward_kind')}
          value={kind}
          onChange={(value) => setKind(value as Kind)}
          options={kinds.map((option) => ({ value: option, label: t(`reward_kind_${option}`) }))}
        />
        {kind === 'amount_off' && (
          <Field
            label={t('reward_amount_off', { currency })}
            type="number"
            min={0}
            step="any"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={fieldError('amount_off')}
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
          label={t('campaign_expires')}
          type="date"
          value={expires}
          onChange={(e) => setExpires(e.target.value)}
          error={fieldError('expires_at')}
        />
        <Field
          label={t('campaign_per_customer')}
          type="number"
          min={1}
          value={perCustomer}
          onChange={(e) => setPerCustomer(e.target.value)}
          error={fieldError('max_redemptions_per_customer')}
        />
        <Field
          label={t('campaign_uses')}
          hint={t('reward_stock_hint')}
          type="number"
          min={1}
          value={uses}
          onChange={(e) => setUses(e.target.value)}
          error={fieldError('max_redemptions')}
        />
      </div>
      {error && !error.param && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {create.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** Draw codes for a campaign, rename it, download its codes, or stop them all. */
function CampaignActions({ coupon }: { coupon: Coupon }) {
  const { t, fmt } = useUi();
  const draw = useDrawCodes();
  const change = useChangeCoupon();
  const stop = useVoidCoupon();
  const [count, setCount] = useState('100');
  const [name, setName] = useState(coupon.name);
  const error = [draw.error, change.error, stop.error].find((e) => e instanceof ApiError) as
    ApiError | undefined;
  return (
    <div className="inline-form">
      <form
        className="field-row"
        aria-label={t('campaign_draw_title', { name: coupon.name })}
        onSubmit={(event) => {
          event.preventDefault();
          draw.mutate({ id: coupon.id, count: Number(count) });
        }}
      >
        <Field
          label={t('campaign_code_count')}
          type="number"
          min={1}
          max={1000}
          value={count}
          onChange={(e) => setCount(e.target.value)}
          error={fieldErrorText(t, draw.error instanceof ApiError ? draw.error : null, 'count')}
        />
        <button type="submit" disabled={draw.isPending}>
          {t('campaign_draw')}
        </button>
        <a href={codesExportUrl(coupon.id)} download>
          {t('campaign_export')}
        </a>
      </form>
      {draw.data && (
        <p className="ok" role="status">
          {t('campaign_drawn', { count: fmt.number(draw.data.data.length) })}
        </p>
      )}
      <form
        className="field-row"
        aria-label={t('campaign_rename_title', { name: coupon.name })}
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate({ id: coupon.id, changes: { name } });
        }}
      >
        <Field label={t('campaign_name')} value={name} onChange={(e) => setName(e.target.value)} />
        <button type="submit" disabled={change.isPending}>
          {t('save')}
        </button>
        {!coupon.voided && (
          <button type="button" onClick={() => stop.mutate(coupon.id)}>
            {t('campaign_stop')}
          </button>
        )}
      </form>
      {error && !error.param && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
    </div>
  );
}

export function Coupons() {
  const { t, fmt, readOnly } = useUi();
  const campaigns = useCouponCampaigns();
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Panel
      title={t('campaigns_title')}
      definition={t('campaigns_def')}
      wide
      actions={
        !readOnly && (
          <button type="button" onClick={() => setCreating(true)}>
            {t('campaign_new')}
          </button>
        )
      }
    >
      {creating && <CampaignForm onDone={() => setCreating(false)} />}
      <QueryView query={campaigns} what="/v1/coupons">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('campaigns_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_gives')}</th>
                  <th scope="col">{t('col_expires')}</th>
                  <th scope="col" className="num">
                    {t('col_times_used')}
                  </th>
                  <th scope="col">{t('col_rule_status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('campaign_codes')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.flatMap((coupon) => [
                  <tr key={coupon.id}>
                    <td>{coupon.name}</td>
                    <td>{givesText(t, fmt, coupon)}</td>
                    <td>{coupon.expires_at ? fmt.date(coupon.expires_at) : t('campaign_no_expiry')}</td>
                    <td className="num">{fmt.number(coupon.times_redeemed)}</td>
                    <td>{coupon.voided ? t('campaign_stopped') : t('campaign_live')}</td>
                    <td>
                      {!readOnly && (
                        <button
                          type="button"
                          aria-expanded={open === coupon.id}
                          aria-label={t('campaign_codes_named', { name: coupon.name })}
                          onClick={() => setOpen(open === coupon.id ? null : coupon.id)}
                        >
                          {t('campaign_codes')}
                        </button>
                      )}
                    </td>
                  </tr>,
                  ...(open === coupon.id
                    ? [
                        <tr key={`${coupon.id}-codes`}>
                          <td colSpan={6}>
                            <CampaignActions coupon={coupon} />
                          </td>
                        </tr>,
                      ]
                    : []),
                ])}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
