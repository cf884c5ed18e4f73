import { useCustomerOrders } from '../../hooks/customers.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function CustomerOrders({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const orders = useCustomerOrders(id);
  return (
    <Panel title={t('customer_orders')}>
      <QueryView query={orders} what="/v1/customers/{id}/orders">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('customer_no_orders')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_date')}</th>
                  <th scope="col">{t('col_order')}</th>
                  <th scope="col">{t('col_status')}</th>
                  <th scope="col" className="num">
                    {t('col_total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((order) => (
                  <tr key={order.id}>
                    <td>{fmt.date(order.placed_at)}</td>
                    <td>{order.order_id}</td>
                    <td>{t(`order_status_${order.status}`)}</td>
                    <td className="num">{fmt.money(order.total_minor, order.currency)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
