import { useLiability } from '../../hooks/loyalty.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function Liability() {
  const { t, fmt } = useUi();
  const liability = useLiability();
  return (
    <Panel title={t('liability_title')} definition={t('liability_def')}>
      <QueryView query={liability} what="/v1/loyalty/liability">
        {(data) => {
          const months = data.by_expiry_month;
          const { points, value_minor: value } = data.outstanding;
          return (
            <>
              <p className="big-figure">
                {t('liability_outstanding', { points: fmt.points(points), value: fmt.money(value) })}
              </p>
              {months.length > 0 && (
                <Chart
                  label={t('liability_title')}
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 60, right: 20, top: 10, bottom: 30 },
                    xAxis: {
                      type: 'category',
                      data: months.map((month) => (month.month ? fmt.month(month.month) : t('no_expiry'))),
                    },
                    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => fmt.number(value) } },
                    series: [{ type: 'bar', data: months.map((month) => month.points) }],
                  }}
                />
              )}
            </>
          );
        }}
      </QueryView>
    </Panel>
  );
}
