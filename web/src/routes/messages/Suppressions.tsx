import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import {
  useAddSuppression,
  useRemoveSuppression,
  useSuppressions,
  type Suppression,
  type SuppressionFilter,
} from '../../hooks/messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { SuppressionImport } from './SuppressionImport.js';
import './admin.css';
import { channelName } from './words.js';

type SuppressibleChannel = Suppression['channel'];
type Reason = Suppression['reason'];

const suppressibleChannels: SuppressibleChannel[] = ['email', 'sms', 'line', 'zalo', 'whatsapp'];
const reasons: Reason[] = ['hard_bounce', 'complaint', 'manual'];
const pageSize = 100;

const reasonName = (t: (key: MessageKey) => string, reason: Reason) =>
  t(`suppression_reason_${reason}` satisfies MessageKey);

/** Suppress one address by hand; an address already on the list is said to be so. */
function AddSuppression() {
  const { t } = useUi();
  const add = useAddSuppression();
  const [channel, setChannel] = useState<SuppressibleChannel>('email');
  const [address, setAddress] = useState('');
  const error = add.error instanceof ApiError ? add.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ channel, address: address.trim() }, { onSuccess: () => setAddress('') });
  };
  return (
    <form className="form inline-form" aria-label={t('suppression_add')} onSubmit={submit} noValidate>
      <div className="field-row">
        <div className="field">
          <label htmlFor="suppression-add-channel">{t('col_channel')}</label>
          <select
            id="suppression-add-channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value as SuppressibleChannel)}
          >
            {suppressibleChannels.map((kind) => (
              <option key={kind} value={kind}>
                {channelName(t, kind)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('suppression_address')}
          value={address}
          required
          onChange={(event) => setAddress(event.target.value)}
          error={fieldErrorText(t, error, 'address')}
          hint={t('suppression_address_hint')}
        />
        <button type="submit" className="primary" disabled={add.isPending || !address.trim()}>
          {t('suppression_add')}
        </button>
      </div>
      {add.error && error?.param !== 'address' && (
        <p className="form-error" role="alert">
          {errorText(t, add.error)}
        </p>
      )}
      {add.data && !add.isPending && (
        <p className="form-done" role="status">
          {t('suppression_added', { address: add.data.address })}
        </p>
      )}
    </form>
  );
}

/** Lifting asks once more: the address may then be sent to again. */
function LiftButton({ suppression }: { suppression: Suppression }) {
  const { t } = useUi();
  const remove = useRemoveSuppression();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        aria-label={t('suppression_lift_named', { address: suppression.address })}
      >
        {t('suppression_lift')}
      </button>
    );
  }
  return (
    <span
      className="actions"
      role="group"
      aria-label={t('suppression_lift_named', { address: suppression.address })}
    >
      <button
        type="button"
        className="primary"
        autoFocus
        disabled={remove.isPending}
        onClick={() => remove.mutate({ channel: suppression.channel, address: suppression.address })}
      >
        {t('suppression_lift_yes')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('cancel')}
      </button>
      {remove.error && <span className="form-error">{errorText(t, remove.error)}</span>}
    </span>
  );
}

function SuppressionTable({ rows }: { rows: Suppression[] }) {
  const { t, fmt, readOnly } = useUi();
  return (
    <table data-testid="suppressions">
      <thead>
        <tr>
          <th scope="col">{t('suppression_address')}</th>
          <th scope="col">{t('col_channel')}</th>
          <th scope="col">{t('suppression_reason')}</th>
          <th scope="col">{t('suppression_source')}</th>
          <th scope="col">{t('suppression_date')}</th>
          {!readOnly && (
            <th scope="col">
              <span className="visually-hidden">{t('suppression_lift')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <td>{row.address}</td>
            <td>{channelName(t, row.channel)}</td>
            <td>
              {reasonName(t, row.reason)}
              {row.detail && <div className="muted">{row.detail}</div>}
            </td>
            <td>{sourceName(t, row.source)}</td>
            <td>{fmt.dateTime(row.created_at)}</td>
            {!readOnly && (
              <td>
                <LiftButton suppression={row} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const knownSources = ['api', 'dashboard', 'import', 'ses', 'inbound', 'provider'];

function sourceName(t: (key: MessageKey) => string, source: string): string {
  return knownSources.includes(source) ? t(`suppression_source_${source}` as MessageKey) : source;
}

/**
 * The suppression list: filtered by channel and reason on the server; the address search looks
 * through the pages loaded so far (the API has no address filter yet).
 */
function SuppressionList() {
  const { t, fmt, readOnly } = useUi();
  const [channel, setChannel] = useState<SuppressibleChannel | ''>('');
  const [reason, setReason] = useState<Reason | ''>('');
  const [search, setSearch] = useState('');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const startingAfter = cursors.at(-1)!;
  const filter: SuppressionFilter = {
    limit: pageSize,
    ...(channel ? { channel } : {}),
    ...(reason ? { reason } : {}),
    ...(startingAfter ? { starting_after: startingAfter } : {}),
  };
  const list = useSuppressions(filter);
  const refilter = (apply: () => void) => {
    apply();
    setCursors([null]);
  };
  const needle = search.trim().toLowerCase();
  return (
    <Panel title={t('suppressions_title')} definition={t('suppressions_def')} wide>
      {!readOnly && <AddSuppression />}
      <div className="field-row" role="search" aria-label={t('suppression_search_label')}>
        <Field
          label={t('suppression_search')}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <div className="field">
          <label htmlFor="suppression-channel">{t('col_channel')}</label>
          <select
            id="suppression-channel"
            value={channel}
            onChange={(event) => refilter(() => setChannel(event.target.value as SuppressibleChannel | ''))}
          >
            <option value="">{t('suppression_all_channels')}</option>
            {suppressibleChannels.map((kind) => (
              <option key={kind} value={kind}>
                {channelName(t, kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="suppression-reason">{t('suppression_reason')}</label>
          <select
            id="suppression-reason"
            value={reason}
            onChange={(event) => refilter(() => setReason(event.target.value as Reason | ''))}
          >
            <option value="">{t('suppression_all_reasons')}</option>
            {reasons.map((option) => (
              <option key={option} value={option}>
                {reasonName(t, option)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <QueryView query={list} what="/v1/suppressions">
        {(page) => {
          const rows = page.data.filter((row) => row.address.includes(needle));
          return (
            <div className={list.isPlaceholderData ? 'stale' : undefined}>
              {rows.length === 0 ? (
                <p className="muted">{t(needle ? 'suppression_no_match' : 'suppressions_empty')}</p>
              ) : (
                <SuppressionTable rows={rows} />
              )}
              {needle && (
                <p className="muted" role="status">
                  {t('suppression_search_count', {
                    shown: fmt.number(rows.length),
                    total: fmt.number(page.data.length),
                  })}
                </p>
              )}
              <div className="pager">
                <button
                  type="button"
                  disabled={cursors.length === 1}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('previous_page')}
                </button>
                <button
                  type="button"
                  disabled={!page.has_more}
                  onClick={() => setCursors([...cursors, page.data.at(-1)!.id])}
                >
                  {t('next_page')}
                </button>
              </div>
            </div>
          );
        }}
      </QueryView>
    </Panel>
  );
}

/** Suppressions: the list (search, filters, lift), a manual addition, and the all-or-nothing CSV import. */
export function Suppressions() {
  const { readOnly } = useUi();
  return (
    <>
      <SuppressionList />
      {!readOnly && <SuppressionImport />}
    </>
  );
}
