import { useQuery } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../../api/client.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { eventLabel } from '../../i18n/events.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useUi } from '../../ui.js';

type Rejection = Answer<'/v1/order_rejections', 'get'>['data'][number];
type Failure = Answer<'/v1/consumer_failures', 'get'>['data'][number];

const shown = 100;

const rejectionReasons: Record<Rejection['reason'], MessageKey> = {
  order_id_missing: 'rejection_order_id_missing',
  currency_invalid: 'rejection_currency_invalid',
  amount_invalid: 'rejection_amount_invalid',
  total_missing: 'rejection_total_missing',
  order_unknown: 'rejection_order_unknown',
  currency_differs: 'rejection_currency_differs',
  customer_missing: 'rejection_customer_missing',
};

const steps: Record<string, MessageKey> = {
  orders: 'step_orders',
  loyalty: 'step_loyalty',
  analytics: 'step_analytics',
  customers: 'step_customers',
  'coupons.orders': 'step_coupons',
};

/**
 * What went wrong with the shop's data: order events that could not be applied (a total sent as
 * "1.234.000", a refund of an unknown order) and events a processing step gave up on. The
 * developer's message stays in the API; the page says the problem in the reader's language.
 */
export function Problems() {
  const { t, fmt } = useUi();
  const rejections = useQuery({
    queryKey: ['problems', 'order_rejections'],
    queryFn: () => bodyOf(api.GET('/v1/order_rejections', { params: { query: { limit: shown } } })),
  });
  const failures = useQuery({
    queryKey: ['problems', 'consumer_failures'],
    queryFn: () => bodyOf(api.GET('/v1/consumer_failures', { params: { query: { limit: shown } } })),
  });
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('problems_title')}</h1>
      </header>
      <p className="muted">{t('problems_intro')}</p>
      <Panel title={t('problems_rejections')} wide>
        <QueryView query={rejections} what="/v1/order_rejections">
          {(page) => (
            <Table<Rejection>
              rows={page.data}
              rowKey={(row) => row.id}
              empty={t('problems_rejections_none')}
              rowClassName={(row) => (row.resolved_at ? 'muted' : undefined)}
              columns={[
                { header: t('col_when'), cell: (row) => fmt.dateTime(row.occurred_at) },
                {
                  header: t('col_event'),
                  cell: (row) => eventLabel(t, { name: row.event_name, type: null }),
                },
                { header: t('col_order'), cell: (row) => row.order_id ?? t('none') },
                {
                  header: t('col_problem'),
                  cell: (row) =>
                    row.resolved_at
                      ? `${t(rejectionReasons[row.reason])} (${t('problem_resolved')} ${fmt.dateTime(row.resolved_at)})`
                      : t(rejectionReasons[row.reason]),
                },
              ]}
            />
          )}
        </QueryView>
      </Panel>
      <Panel title={t('problems_failures')} wide>
        <QueryView query={failures} what="/v1/consumer_failures">
          {(page) => (
            <Table<Failure>
              rows={page.data}
              rowKey={(row) => row.id}
              empty={t('problems_failures_none')}
              columns={[
                { header: t('col_when'), cell: (row) => fmt.dateTime(row.failed_at) },
                {
                  header: t('col_event'),
                  cell: (row) => eventLabel(t, { name: row.event_name, type: row.event_type }),
                },
                {
                  header: t('col_step'),
                  cell: (row) => (steps[row.consumer] ? t(steps[row.consumer]!) : row.consumer),
                },
                { header: t('col_problem'), cell: () => t('failure_generic') },
              ]}
            />
          )}
        </QueryView>
      </Panel>
    </div>
  );
}
