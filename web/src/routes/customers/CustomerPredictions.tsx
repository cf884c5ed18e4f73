import { usePredictions } from '../../hooks/analytics.js';
import { numberOrNull, pick, stringOrNull } from '../../hooks/shape.js';
import { Facts } from '../../components/Facts.js';
import { Panel } from '../../components/Panel.js';
import { QueryView, RichText } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function CustomerPredictions({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const predictions = usePredictions(id);
  return (
    <Panel title={t('customer_predictions')}>
      <QueryView
        query={predictions}
        what="/v1/customers/{id}/predictions"
        isEmpty={(data) => numberOrNull(pick(data, 'probability_alive')) === null}
        empty={<RichText text={t('predictions_none')} />}
      >
        {(data) => {
          const number = (format: (value: number) => string, ...paths: string[]) => {
            const value = numberOrNull(pick(data, ...paths));
            return value === null ? t('none') : format(value);
          };
          const next = stringOrNull(pick(data, 'expected_next_order_at'));
          return (
            <Facts
              items={[
                [t('prediction_p_alive'), number(fmt.percent, 'probability_alive')],
                [t('prediction_purchases_90'), number((n) => fmt.number(n, 2), 'expected_purchases.days_90')],
                [
                  t('prediction_purchases_365'),
                  number((n) => fmt.number(n, 2), 'expected_purchases.days_365'),
                ],
                [t('prediction_aov'), number((n) => fmt.money(n), 'expected_order_value_minor')],
                [t('prediction_clv'), number((n) => fmt.money(n), 'clv_12_months_minor')],
                [t('prediction_next_order'), next ? fmt.date(next) : t('none')],
              ]}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
