import { useState } from 'react';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useMessage, useOutbox, type Message } from '../../hooks/messages.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { RenderedView } from './RenderedView.js';
import { channelName, statusName } from './words.js';

/** What a row says of its content: the subject, else the start of the text. */
function summary(message: Message): string {
  const text = message.subject ?? (typeof message.content?.text === 'string' ? message.content.text : '');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

function OpenMessage({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, fmt } = useUi();
  const message = useMessage(id);
  return (
    <Panel
      title={t('outbox_message')}
      wide
      actions={
        <button type="button" onClick={onClose}>
          {t('outbox_back')}
        </button>
      }
    >
      <QueryView query={message} what="/v1/messages/{id}">
        {(data) => (
          <>
            <dl className="facts">
              <div>
                <dt>{t('col_customer')}</dt>
                <dd>
                  <Link href={`/customers/${encodeURIComponent(data.customer)}`}>{data.customer}</Link>
                </dd>
              </div>
              <div>
                <dt>{t('outbox_to')}</dt>
                <dd>{data.address ?? t('none')}</dd>
              </div>
              <div>
                <dt>{t('col_channel')}</dt>
                <dd>{channelName(t, data.channel)}</dd>
              </div>
              <div>
                <dt>{t('col_status')}</dt>
                <dd>
                  <span className={`badge status-${data.status}`}>{statusName(t, data.status)}</span>
                </dd>
              </div>
              <div>
                <dt>{t('outbox_sent_at')}</dt>
                <dd>{data.sent_at ? fmt.dateTime(data.sent_at) : t('none')}</dd>
              </div>
            </dl>
            {data.content ? (
              <div className="message-preview">
                <RenderedView channel={data.channel} content={data.content} />
              </div>
            ) : (
              <p className="muted">{t('outbox_no_content')}</p>
            )}
          </>
        )}
      </QueryView>
    </Panel>
  );
}

/** The development outbox: what would have gone out on the channels not set up yet, rendered. */
export function Outbox() {
  const { t, fmt } = useUi();
  // The pages walked so far: each one's starting_after, so Previous goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [open, setOpen] = useState<string | null>(null);
  const outbox = useOutbox(cursors.at(-1)!);
  if (open) return <OpenMessage id={open} onClose={() => setOpen(null)} />;
  return (
    <Panel title={t('outbox_title')} definition={t('outbox_def')} wide>
      <QueryView query={outbox} what="/v1/messages?provider=development_outbox">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('outbox_empty')}</p>
          ) : (
            <div className={outbox.isPlaceholderData ? 'stale' : undefined}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('outbox_sent_at')}</th>
                    <th scope="col">{t('col_channel')}</th>
                    <th scope="col">{t('outbox_to')}</th>
                    <th scope="col">{t('outbox_content')}</th>
                    <th scope="col">{t('col_status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('outbox_open')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.map((message) => (
                    <tr key={message.id}>
                      <td>{fmt.dateTime(message.sent_at ?? message.created)}</td>
                      <td>{channelName(t, message.channel)}</td>
                      <td>{message.address ?? t('none')}</td>
                      <td>{summary(message)}</td>
                      <td>
                        <span className={`badge status-${message.status}`}>
                          {statusName(t, message.status)}
                        </span>
                      </td>
                      <td>
                        <button
                          type="button"
                          onClick={() => setOpen(message.id)}
                          aria-label={`${t('outbox_open')} ${summary(message) || message.id}`}
                        >
                          {t('outbox_open')}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
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
          )
        }
      </QueryView>
    </Panel>
  );
}
