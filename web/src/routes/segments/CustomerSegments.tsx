import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useCustomerSegments } from './hooks.js';

/** The segments a customer is in now, and since when (a panel of the customer page). */
export function CustomerSegments({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const segments = useCustomerSegments(id);
  return (
    <Panel title={t('customer_segments')} definition={t('customer_segments_def')}>
      <QueryView query={segments} what="/v1/customers/{id}/segments">
        {(list) =>
          list.data.length === 0 ? (
            <p className="muted">{t('customer_segments_none')}</p>
          ) : (
            <ul className="plain-list" data-testid="customer-segments">
              {list.data.map((segment) => (
                <li key={segment.segment_id}>
                  <Link href={`/segments/${encodeURIComponent(segment.segment_id)}`}>{segment.name}</Link>{' '}
                  <span className="muted">
                    {t('customer_segment_since', { date: fmt.date(segment.entered_at) })}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </Panel>
  );
}
