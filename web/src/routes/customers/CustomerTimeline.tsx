import { useCustomerEvents } from '../../hooks/customers.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { eventLabel } from '../../i18n/events.js';

export function CustomerTimeline({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const events = useCustomerEvents(id);
  return (
    <Panel title={t('customer_timeline')}>
      <QueryView query={events} what="/v1/customers/{id}/events">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('customer_no_events')}</p>
          ) : (
            <ol className="timeline">
              {page.data.map((event) => (
                <li key={event.id}>
                  <time dateTime={event.occurred_at}>{fmt.dateTime(event.occurred_at)}</time>
                  <span className="timeline-name">{eventLabel(t, event)}</span>
                </li>
              ))}
            </ol>
          )
        }
      </QueryView>
    </Panel>
  );
}
