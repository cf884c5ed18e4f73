import { usePredictions } from '../../hooks/analytics.js';
import { Facts } from '../../components/Facts.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function CustomerPredictions({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const predictions = usePredictions(id);
  return (
    <Panel title={t('customer_predictions')}>
      <QueryView query={predictions} what="/v1/customers/{id}/predictions">
        {(data) => {
          const money = (value: number | null) => (value === null ? t('none') : fmt.money(value));
          return (
            <Facts
              items={[
                [t('prediction_p_alive'), fmt.percent(data.probability_alive)],
                [t('prediction_purchases_90'), fmt.number(data.expected_purchases.days_90, 2)],
                [t('prediction_purchases_365'), fmt.number(data.expected_purchases.days_365, 2)],
                [t('prediction_aov'), money(data.expected_order_value_minor)],
                [t('prediction_clv'), money(data.clv_12_months_minor)],
                [t('prediction_next_order'), fmt.date(data.expected_next_order_at)],
              ]}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
