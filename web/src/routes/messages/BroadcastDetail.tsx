import { useState } from 'react';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import {
  useBroadcast,
  useBroadcastAudience,
  useCancelBroadcast,
  useTemplate,
  type Broadcast,
} from '../../hooks/messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { BroadcastProgress, broadcastPhase, phaseName } from './broadcast-progress.js';
import { channelName, statusName } from './words.js';

const statuses = [
  'queued',
  'sending',
  'sent',
  'delivered',
  'suppressed',
  'failed',
  'expired',
  'outcome_unknown',
] as const satisfies readonly (keyof Broadcast['messages'])[];

/** Cancel asks once more before it acts: a canceled broadcast cannot be restarted. */
function CancelBroadcast({ id }: { id: string }) {
  const { t } = useUi();
  const cancel = useCancelBroadcast();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {t('broadcast_cancel')}
      </button>
    );
  }
  return (
    <div className="inline-form" role="group" aria-label={t('broadcast_cancel')}>
      <p>{t('broadcast_cancel_confirm')}</p>
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={() => cancel.mutate(id)}>
          {t('broadcast_cancel_yes')}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('broadcast_cancel_keep')}
        </button>
      </div>
      {cancel.error && (
        <p className="form-error" role="alert">
          {errorText(t, cancel.error)}
        </p>
      )}
    </div>
  );
}

/** Before it starts, a broadcast's audience is what it would be now; after, those it enqueued. */
function AudienceSize({ broadcast }: { broadcast: Broadcast }) {
  const { t, fmt } = useUi();
  const scheduled = broadcast.status === 'scheduled';
  const estimate = useBroadcastAudience(
    scheduled
      ? { template: broadcast.template, topic: broadcast.audience.topic, priority: broadcast.priority }
      : null,
  );
  if (broadcast.status === 'canceled') return <>{t('none')}</>;
  if (!scheduled) return <>{fmt.number(broadcast.enqueued_count)}</>;
  return (
    <>
      {estimate.data
        ? t('broadcast_estimate_short', { count: fmt.number(estimate.data.customers) })
        : t('broadcast_audience_later')}
    </>
  );
}

function Facts({ broadcast }: { broadcast: Broadcast }) {
  const { t, fmt } = useUi();
  const template = useTemplate(broadcast.template);
  return (
    <dl className="facts">
      <div>
        <dt>{t('broadcast_template')}</dt>
        <dd>
          {template.data
            ? `${template.data.name} · ${channelName(t, template.data.channel)} · ${t('broadcast_version', {
                version: fmt.number(broadcast.template_version),
              })}`
            : broadcast.template}
        </dd>
      </div>
      <div>
        <dt>{t('broadcast_topic')}</dt>
        <dd>{t(`topic_${broadcast.audience.topic}` satisfies MessageKey)}</dd>
      </div>
      <div>
        <dt>{t('broadcast_priority')}</dt>
        <dd>{t(`priority_${broadcast.priority}` satisfies MessageKey)}</dd>
      </div>
      <div>
        <dt>{t('broadcast_send_at')}</dt>
        <dd>
          {broadcast.local_time
            ? t('broadcast_local_on', {
                time: broadcast.local_time,
                date: fmt.date(broadcast.send_at),
              })
            : fmt.dateTime(broadcast.send_at)}
        </dd>
      </div>
      <div>
        <dt>{t('broadcast_expires')}</dt>
        <dd>{broadcast.expires_at ? fmt.dateTime(broadcast.expires_at) : t('broadcast_never')}</dd>
      </div>
      <div>
        <dt>{t('broadcast_audience')}</dt>
        <dd>
          <AudienceSize broadcast={broadcast} />
        </dd>
      </div>
    </dl>
  );
}

/** One broadcast: what it sends to whom and when, and its messages' outcomes, read again while it sends. */
export function BroadcastDetail({ id }: { id: string }) {
  const { t, fmt, readOnly } = useUi();
  const broadcast = useBroadcast(id);
  return (
    <QueryView query={broadcast} what="/v1/broadcasts/{id}">
      {(data) => {
        const phase = broadcastPhase(data);
        return (
          <Panel
            title={data.name}
            wide
            actions={
              <div className="actions">
                {data.status === 'scheduled' && !readOnly && <CancelBroadcast id={data.id} />}
                <Link href="/messages/broadcasts">{t('broadcast_back')}</Link>
              </div>
            }
          >
            <p>
              <span className={`badge broadcast-${phase}`} data-testid="broadcast-phase">
                {phaseName(t, phase)}
              </span>
            </p>
            <Facts broadcast={data} />
            <section aria-live="polite" aria-label={t('broadcast_progress')} data-testid="broadcast-progress">
              <h3>{t('broadcast_progress')}</h3>
              <BroadcastProgress broadcast={data} />
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('col_status')}</th>
                    <th scope="col" className="num">
                      {t('broadcast_messages')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {statuses.map((status) => (
                    <tr key={status}>
                      <td>{statusName(t, status)}</td>
                      <td className="num">{fmt.number(data.messages[status])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </Panel>
        );
      }}
    </QueryView>
  );
}
