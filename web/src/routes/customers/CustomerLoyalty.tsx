import { useCustomerLoyalty } from '../../hooks/loyalty.js';
import { numberOrNull, pick, stringOrNull } from '../../hooks/shape.js';
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
          const points = (path: string) => {
            const value = numberOrNull(pick(status, path));
            return value === null ? t('none') : fmt.points(value);
          };
          const credit = numberOrNull(pick(status, 'store_credit.balance_minor'));
          const progress = numberOrNull(pick(status, 'next_tier.progress_percent'));
          const nextTier = stringOrNull(pick(status, 'next_tier.name'));
          return (
            <Facts
              items={[
                [t('loyalty_balance'), points('points.balance')],
                [t('loyalty_pending'), points('points.pending')],
                [t('loyalty_lifetime_earned'), points('points.lifetime_earned')],
                [t('loyalty_lifetime_redeemed'), points('points.lifetime_redeemed')],
                [t('loyalty_tier'), stringOrNull(pick(status, 'tier.name')) ?? t('none')],
                [
                  t('loyalty_next_tier'),
                  nextTier === null ? t('none') : `${nextTier} (${fmt.percent((progress ?? 0) / 100)})`,
                ],
                [
                  t('loyalty_store_credit'),
                  credit === null
                    ? t('none')
                    : fmt.money(credit, stringOrNull(pick(status, 'store_credit.currency')) ?? undefined),
                ],
              ]}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
