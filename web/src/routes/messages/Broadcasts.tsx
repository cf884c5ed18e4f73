import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { broadcastInFlight, useBroadcasts, useTemplates, type Broadcast } from '../../hooks/messages.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { BroadcastDetail } from './BroadcastDetail.js';
import { BroadcastForm } from './BroadcastForm.js';
import { BroadcastProgress, broadcastPhase, phaseName, sentCount } from './broadcast-progress.js';
import './admin.css';

/** Broadcasts: the list at /messages/broadcasts, the form at …/new, one broadcast at …/{id}. */
export function Broadcasts({ path }: { path: string }) {
  const rest = path.slice('/messages/broadcasts'.length).replace(/^\//, '');
  if (rest === 'new') return <BroadcastForm />;
  if (rest) return <BroadcastDetail id={decodeURIComponent(rest)} />;
  return <BroadcastList />;
}

function BroadcastRow({ broadcast, templateName }: { broadcast: Broadcast; templateName: string }) {
  const { t, fmt } = useUi();
  const phase = broadcastPhase(broadcast);
  return (
    <tr>
      <td>
        <Link href={`/messages/broadcasts/${encodeURIComponent(broadcast.id)}`}>{broadcast.name}</Link>
        <div className="muted">{templateName}</div>
      </td>
      <td>
        <span className={`badge broadcast-${phase}`}>{phaseName(t, phase)}</span>
      </td>
      <td className="num">
        {broadcast.status === 'scheduled' || broadcast.status === 'canceled'
          ? t('none')
          : fmt.number(broadcast.enqueued_count)}
      </td>
      <td>
        <BroadcastProgress broadcast={broadcast} compact />
      </td>
      <td className="num">{fmt.number(sentCount(broadcast))}</td>
      <td className="num">{fmt.number(broadcast.messages.suppressed)}</td>
      <td className="num">{fmt.number(broadcast.messages.failed)}</td>
      <td>
        {fmt.dateTime(broadcast.send_at)}
        {broadcast.local_time && (
          <div className="muted">{t('broadcast_local_time_at', { time: broadcast.local_time })}</div>
        )}
      </td>
    </tr>
  );
}

function BroadcastList() {
  const { t, readOnly } = useUi();
  const broadcasts = useBroadcasts();
  const templates = useTemplates();
  const names = new Map(templates.data?.data.map((template) => [template.id, template.name]));
  return (
    <Panel
      title={t('broadcasts_title')}
      definition={t('broadcasts_def')}
      wide
      actions={
        !readOnly && (
          <Link className="button" href="/messages/broadcasts/new">
            {t('broadcast_new')}
          </Link>
        )
      }
    >
      <QueryView
        query={broadcasts}
        what="/v1/broadcasts"
        isEmpty={(page) => page.data.length === 0}
        empty={t('broadcasts_empty')}
      >
        {(page) => (
          <table data-testid="broadcasts" aria-busy={page.data.some(broadcastInFlight)}>
            <thead>
              <tr>
                <th scope="col">{t('broadcast_name')}</th>
                <th scope="col">{t('col_status')}</th>
                <th scope="col" className="num">
                  {t('broadcast_audience')}
                </th>
                <th scope="col">{t('broadcast_progress')}</th>
                <th scope="col" className="num">
                  {t('broadcast_sent')}
                </th>
                <th scope="col" className="num">
                  {t('broadcast_suppressed')}
                </th>
                <th scope="col" className="num">
                  {t('broadcast_failed')}
                </th>
                <th scope="col">{t('broadcast_send_at')}</th>
              </tr>
            </thead>
            <tbody>
              {page.data.map((broadcast) => (
                <BroadcastRow
                  key={broadcast.id}
                  broadcast={broadcast}
                  templateName={names.get(broadcast.template) ?? broadcast.template}
                />
              ))}
            </tbody>
          </table>
        )}
      </QueryView>
    </Panel>
  );
}
