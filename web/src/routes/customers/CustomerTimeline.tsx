import { useCustomerEvents } from '../../hooks/customers.js';
import { pick, stringOrNull } from '../../hooks/shape.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

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
              {page.data.map((event) => {
                const at = stringOrNull(pick(event, 'occurred_at'));
                const name = stringOrNull(event.name) ?? stringOrNull(event.type) ?? '';
                return (
                  <li key={String(event.id)}>
                    <time dateTime={at ?? undefined}>{at ? fmt.dateTime(at) : t('none')}</time>
                    <span className="timeline-name">{name}</span>
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryView>
    </Panel>
  );
}
