import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useCustomerMessages } from '../../hooks/messages.js';
import { useUi } from '../../ui.js';
import { channelName, decisionText, reasonText, statusName } from './words.js';

/** Every message to the customer, its outcome and each decision the dispatcher took on it. */
export function CustomerMessages({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const messages = useCustomerMessages(id);
  return (
    <Panel title={t('customer_messages')} definition={t('customer_messages_def')} wide>
      <QueryView query={messages} what="/v1/customers/{id}/messages">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('customer_no_messages')}</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="customer-messages">
                <thead>
                  <tr>
                    <th scope="col">{t('col_created')}</th>
                    <th scope="col">{t('col_channel')}</th>
                    <th scope="col">{t('outbox_content')}</th>
                    <th scope="col">{t('col_status')}</th>
                    <th scope="col">{t('message_why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.data.map((message) => (
                    <tr key={message.id}>
                      <td>{fmt.dateTime(message.created)}</td>
                      <td>{channelName(t, message.channel)}</td>
                      <td>{message.subject ?? message.template}</td>
                      <td>
                        <span className={`badge status-${message.status}`} data-testid="message-status">
                          {statusName(t, message.status)}
                        </span>
                        {message.reason && <div className="field-hint">{reasonText(t, message.reason)}</div>}
                      </td>
                      <td>
                        <ul className="decisions">
                          {message.decisions.map((decision, index) => (
                            <li key={index}>
                              {typeof decision.at === 'string' && (
                                <span className="muted">{fmt.dateTime(decision.at)} </span>
                              )}
                              {decisionText(t, decision)}
                              {typeof decision.until === 'string' &&
                                ` ${t('message_until', { at: fmt.dateTime(decision.until) })}`}
                            </li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
    </Panel>
  );
}
