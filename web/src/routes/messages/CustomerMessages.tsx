import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { channelKinds, useCustomerConsent, useCustomerMessages } from '../../hooks/messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
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

/** The customer's consent per channel: the legal record's latest word on each. */
export function CustomerConsent({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const consent = useCustomerConsent(id);
  return (
    <Panel title={t('customer_consent')} definition={t('customer_consent_def')}>
      <QueryView query={consent} what="/v1/customers/{id}/consent">
        {(data) => (
          <table data-testid="customer-consent">
            <thead>
              <tr>
                <th scope="col">{t('col_channel')}</th>
                <th scope="col">{t('col_status')}</th>
                <th scope="col">{t('col_source')}</th>
              </tr>
            </thead>
            <tbody>
              {channelKinds.map((kind) => {
                const channel = data.channels[kind];
                return (
                  <tr key={kind}>
                    <td>{channelName(t, kind)}</td>
                    <td>{t(`consent_${channel.status}` satisfies MessageKey)}</td>
                    <td>
                      {channel.source ?? t('none')}
                      {channel.changed_at && (
                        <span className="muted"> · {fmt.dateTime(channel.changed_at)}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryView>
    </Panel>
  );
}
