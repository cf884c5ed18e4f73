import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useArchiveTier, useProgram, useSaveTier, useTiers, type Tier } from '../../hooks/loyalty.js';
import { Field } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from './ArchiveButton.js';
import { customersHref } from '../../hooks/customers.js';
import { Link } from '../../router.js';
import { toMajor, toMinor } from './words.js';

/** A tier's threshold is spend (typed in the currency) or points, per the program's tier_metric. */
function TierForm({ tier, byPoints, onDone }: { tier?: Tier; byPoints: boolean; onDone: () => void }) {
  const { t, workspace } = useUi();
  const currency = workspace?.currency ?? 'USD';
  const save = useSaveTier();
  const [name, setName] = useState(tier?.name ?? '');
  const [threshold, setThreshold] = useState(
    tier ? (byPoints ? String(tier.threshold) : toMajor(tier.threshold, currency)) : '',
  );
  const [multiplier, setMultiplier] = useState(String(tier?.earn_multiplier_percent ?? 100));
  const [freeShipping, setFreeShipping] = useState(tier?.free_shipping ?? false);
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: tier?.id ?? null,
        tier: {
          name,
          threshold: byPoints ? Number(threshold) : toMinor(threshold, currency),
          earn_multiplier_percent: Number(multiplier),
          free_shipping: freeShipping,
        },
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="form inline-form"
      onSubmit={submit}
      aria-label={tier ? t('tier_edit_title', { name: tier.name }) : t('tier_new')}
    >
      <div className="field-row">
        <Field
          label={t('tier_name')}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <Field
          label={byPoints ? t('tier_threshold_points') : t('tier_threshold_spend', { currency })}
          type="number"
          min={0}
          step="any"
          value={threshold}
          required
          onChange={(e) => setThreshold(e.target.value)}
          error={fieldError('threshold')}
        />
        <Field
          label={t('tier_multiplier')}
          hint={t('tier_multiplier_hint')}
          type="number"
          min={100}
          max={1000}
          value={multiplier}
          onChange={(e) => setMultiplier(e.target.value)}
          error={fieldError('earn_multiplier_percent')}
        />
        <div className="field checkbox">
          <label>
            <input
              type="checkbox"
              checked={freeShipping}
              onChange={(e) => setFreeShipping(e.target.checked)}
            />{' '}
            {t('tier_free_shipping')}
          </label>
        </div>
      </div>
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

export function Tiers() {
  const { t, fmt, readOnly } = useUi();
  const tiers = useTiers();
  const program = useProgram();
  const archive = useArchiveTier();
  const [editing, setEditing] = useState<string | null>(null);
  const byPoints = program.data?.tier_metric === 'points';
  const threshold = (value: number) => (byPoints ? fmt.points(value) : fmt.money(value));
  return (
    <Panel
      title={t('tiers_title')}
      actions={
        !readOnly && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('tier_new')}
          </button>
        )
      }
    >
      {editing === 'new' && <TierForm byPoints={byPoints} onDone={() => setEditing(null)} />}
      <QueryView query={tiers} what="/v1/loyalty/tiers">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('tiers_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_tier')}</th>
                  <th scope="col" className="num">
                    {t('col_threshold')}
                  </th>
                  <th scope="col" className="num">
                    {t('col_multiplier')}
                  </th>
                  <th scope="col">{t('tier_free_shipping')}</th>
                  <th scope="col" className="num">
                    {t('col_tier_customers')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((tier) =>
                  editing === tier.id ? (
                    <tr key={tier.id}>
                      <td colSpan={6}>
                        <TierForm tier={tier} byPoints={byPoints} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={tier.id}>
                      <td>
                        <Link href={customersHref({ tier: tier.id })}>{tier.name}</Link>
                      </td>
                      <td className="num">{threshold(tier.threshold)}</td>
                      <td className="num">{`×${fmt.number(tier.earn_multiplier_percent / 100)}`}</td>
                      <td>{tier.free_shipping ? t('yes') : t('no')}</td>
                      <td className="num">
                        {/* The count opens the customers it counts, as every count in the dashboard does. */}
                        <Link
                          href={customersHref({ tier: tier.id })}
                          aria-label={t('tier_customers_link', {
                            count: fmt.number(tier.customers),
                            tier: tier.name,
                          })}
                        >
                          {fmt.number(tier.customers)}
                        </Link>
                      </td>
                      <td>
                        {!readOnly && (
                          <div className="actions">
                            <button
                              type="button"
                              onClick={() => setEditing(tier.id)}
                              aria-label={`${t('edit')} ${tier.name}`}
                            >
                              {t('edit')}
                            </button>
                            <ArchiveButton name={tier.name} onArchive={() => archive.mutate(tier.id)} />
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
