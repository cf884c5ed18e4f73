import { useState, type FormEvent } from 'react';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import {
  channelKinds,
  useChangeConsent,
  useConsentHistory,
  useCustomerConsent,
  type ChannelKind,
  type ConsentChange,
} from '../../hooks/messages.js';
import type { MessageKey, Translate } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { broadcastTopics } from '../messages/BroadcastForm.js';
import { channelName } from '../messages/words.js';
import '../messages/admin.css';

type Topic = NonNullable<ConsentChange['topic']>;
type Status = ConsentChange['status'];
type ConsentData = NonNullable<ReturnType<typeof useCustomerConsent>['data']>;
type HistoryEntry = NonNullable<ReturnType<typeof useConsentHistory>['data']>['data'][number];

/**
 * Why someone in the shop changes a customer's consent. The reason is recorded as the change's
 * source in the legal record (beside who made it), so it reads back in the history.
 */
const reasons = ['customer_asked', 'phone_call', 'in_store', 'paper_form', 'correction'] as const;

/** Where a consent came from, in words; a source the shop's own systems wrote stays as written. */
const sourceKeys: Record<string, MessageKey> = {
  api: 'consent_source_api',
  dashboard: 'consent_source_dashboard',
  identify: 'consent_source_identify',
  preference_page: 'consent_source_preference_page',
  one_click: 'consent_source_one_click',
  confirm_link: 'consent_source_confirm_link',
  bounce: 'consent_source_bounce',
  complaint: 'consent_source_complaint',
  merge: 'consent_source_merge',
  ...Object.fromEntries(reasons.map((reason) => [reason, `consent_reason_${reason}` satisfies MessageKey])),
};

function sourceName(t: Translate, source: string | null): string {
  if (!source) return t('none');
  const key = sourceKeys[source];
  return key ? t(key) : source;
}

const statusName = (t: Translate, status: string) => t(`consent_${status}` as MessageKey);
const topicName = (t: Translate, topic: string) => t(`topic_${topic}` as MessageKey);

/** The newest recorded change of each channel's topic, from the legal record. */
function newestTopicChanges(history: HistoryEntry[]): Map<string, HistoryEntry> {
  const newest = new Map<string, HistoryEntry>();
  for (const change of history) {
    if (change.topic === null) continue;
    const key = `${change.channel}:${change.topic}`;
    if (!newest.has(key)) newest.set(key, change);
  }
  return newest;
}

function ConsentRows({ consent, history }: { consent: ConsentData; history: HistoryEntry[] }) {
  const { t, fmt } = useUi();
  const topicChanges = newestTopicChanges(history);
  return (
    <table className="consent-table" data-testid="customer-consent">
      <thead>
        <tr>
          <th scope="col">{t('consent_what')}</th>
          <th scope="col">{t('col_status')}</th>
          <th scope="col">{t('col_source')}</th>
          <th scope="col">{t('consent_date')}</th>
        </tr>
      </thead>
      <tbody>
        {channelKinds.map((kind) => {
          const channel = consent.channels[kind];
          // Topics show under a channel once something was said about the channel or one of them.
          const topics = Object.entries(channel.topics);
          const spoken = channel.status !== 'never_asked' || topics.some(([, s]) => s !== 'never_asked');
          return [
            <tr key={kind}>
              <th scope="row">{channelName(t, kind)}</th>
              <td>{statusName(t, channel.status)}</td>
              <td>{sourceName(t, channel.source)}</td>
              <td>{channel.changed_at ? fmt.dateTime(channel.changed_at) : t('none')}</td>
            </tr>,
            ...(spoken
              ? topics.map(([topic, status]) => {
                  const change = topicChanges.get(`${kind}:${topic}`);
                  return (
                    <tr key={`${kind}:${topic}`} className="consent-topic">
                      <th scope="row">
                        {channelName(t, kind)} · {topicName(t, topic)}
                      </th>
                      <td>{statusName(t, status)}</td>
                      <td>{sourceName(t, change?.source ?? null)}</td>
                      <td>{change ? fmt.dateTime(change.changed_at) : t('none')}</td>
                    </tr>
                  );
                })
              : []),
          ];
        })}
      </tbody>
    </table>
  );
}

/** Change one channel's or topic's consent, giving the reason the legal record keeps. */
function ChangeConsent({ id, onDone }: { id: string; onDone: () => void }) {
  const { t } = useUi();
  const change = useChangeConsent(id);
  const [channel, setChannel] = useState<ChannelKind>('email');
  const [topic, setTopic] = useState<Topic | ''>('');
  const [status, setStatus] = useState<Status>('subscribed');
  const [reason, setReason] = useState<(typeof reasons)[number]>('customer_asked');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate({ channel, status, source: reason, ...(topic ? { topic } : {}) }, { onSuccess: onDone });
  };
  return (
    <form className="form inline-form" aria-label={t('consent_change')} onSubmit={submit}>
      <div className="field-row">
        <div className="field">
          <label htmlFor="consent-channel">{t('col_channel')}</label>
          <select
            id="consent-channel"
            value={channel}
            onChange={(event) => setChannel(event.target.value as ChannelKind)}
          >
            {channelKinds.map((kind) => (
              <option key={kind} value={kind}>
                {channelName(t, kind)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="consent-topic">{t('consent_topic')}</label>
          <select
            id="consent-topic"
            value={topic}
            onChange={(event) => setTopic(event.target.value as Topic)}
          >
            <option value="">{t('consent_whole_channel')}</option>
            {broadcastTopics.map((option) => (
              <option key={option} value={option}>
                {topicName(t, option)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="consent-status">{t('consent_new_status')}</label>
          <select
            id="consent-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as Status)}
          >
            <option value="subscribed">{t('consent_subscribed')}</option>
            <option value="unsubscribed">{t('consent_unsubscribed')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="consent-reason">{t('consent_reason')}</label>
          <select
            id="consent-reason"
            value={reason}
            onChange={(event) => setReason(event.target.value as (typeof reasons)[number])}
          >
            {reasons.map((option) => (
              <option key={option} value={option}>
                {t(`consent_reason_${option}` satisfies MessageKey)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field-hint">{t('consent_change_hint')}</p>
      {change.error && (
        <p className="form-error" role="alert">
          {errorText(t, change.error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={change.isPending}>
          {t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** The legal record's last changes, newest first: what, to which status, from where, when. */
function ConsentHistory({ history }: { history: HistoryEntry[] }) {
  const { t, fmt } = useUi();
  if (history.length === 0) return <p className="muted">{t('consent_history_empty')}</p>;
  return (
    <table data-testid="consent-history">
      <caption>{t('consent_history')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('consent_date')}</th>
          <th scope="col">{t('consent_what')}</th>
          <th scope="col">{t('col_status')}</th>
          <th scope="col">{t('col_source')}</th>
        </tr>
      </thead>
      <tbody>
        {history.slice(0, 10).map((change) => (
          <tr key={change.id}>
            <td>{fmt.dateTime(change.changed_at)}</td>
            <td>
              {channelName(t, change.channel)}
              {change.topic && ` · ${topicName(t, change.topic)}`}
            </td>
            <td>{statusName(t, change.status)}</td>
            <td>{sourceName(t, change.source)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A customer's consent per channel and topic, its legal record, and the shop's way to change it. */
export function CustomerConsentPanel({ id }: { id: string }) {
  const { t, readOnly } = useUi();
  const consent = useCustomerConsent(id);
  const history = useConsentHistory(id);
  const [changing, setChanging] = useState(false);
  return (
    <Panel
      title={t('customer_consent')}
      definition={t('customer_consent_def')}
      wide
      actions={
        !readOnly &&
        !changing && (
          <button type="button" onClick={() => setChanging(true)}>
            {t('consent_change')}
          </button>
        )
      }
    >
      {changing && <ChangeConsent id={id} onDone={() => setChanging(false)} />}
      <QueryView query={consent} what="/v1/customers/{id}/consent">
        {(data) => <ConsentRows consent={data} history={history.data?.data ?? []} />}
      </QueryView>
      <QueryView query={history} what="/v1/customers/{id}/consent/history">
        {(page) => <ConsentHistory history={page.data} />}
      </QueryView>
    </Panel>
  );
}
