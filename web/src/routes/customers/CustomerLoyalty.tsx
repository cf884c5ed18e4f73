import { useCustomerLoyalty } from '../../hooks/loyalty.js';
import { Facts } from '../../components/Facts.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function CustomerLoyalty({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const loyalty = useCustomerLoyalty(id);
  return (
    <Panel title={t('customer_loyalty')}>
      <QueryView query={loyalty} what="/v1/customers/{id}/loyalty">
        {(status) => {
          const { points, next_tier: next, store_credit: credit } = status;
          return (
            <Facts
              items={[
                [t('loyalty_balance'), fmt.points(points.balance)],
                [t('loyalty_pending'), fmt.points(points.pending)],
                [t('loyalty_lifetime_earned'), fmt.points(points.lifetime_earned)],
                [t('loyalty_lifetime_redeemed'), fmt.points(points.lifetime_redeemed)],
                [t('loyalty_tier'), status.tier?.name ?? t('none')],
                [
                  t('loyalty_next_tier'),
                  next === null ? t('none') : `${next.name} (${fmt.percent(next.progress_percent / 100)})`,
                ],
                [t('loyalty_store_credit'), fmt.money(credit.balance_minor, credit.currency)],
              ]}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
