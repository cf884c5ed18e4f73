import { usePredictions } from '../../hooks/analytics.js';
import { ApiError } from '../../api/client.js';
import { Facts } from '../../components/Facts.js';
import { Panel } from '../../components/Panel.js';
import { Empty, QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

/** The model's refusals that are states of the shop, said in the marketer's words. */
const refusalMessages = {
  model_not_fitted: 'predictions_not_fitted',
  prediction_not_computable: 'predictions_not_computable',
} as const;

export function CustomerPredictions({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const predictions = usePredictions(id);
  const error = predictions.error;
  const refusal =
    error instanceof ApiError && error.code in refusalMessages
      ? refusalMessages[error.code as keyof typeof refusalMessages]
      : null;
  return (
    <Panel title={t('customer_predictions')}>
      {refusal ? (
        <Empty>{t(refusal)}</Empty>
      ) : (
        <QueryView query={predictions} what="/v1/customers/{id}/predictions">
          {(data) => {
            if (data.state === 'not_enough_history')
              return <Empty>{t('predictions_not_enough_history')}</Empty>;
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
      )}
    </Panel>
  );
}
