import { stageCounts, useLifecycle } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useStageName } from '../lifecycle/stages.js';
import { useUi } from '../../ui.js';
import { customersHref } from '../../hooks/customers.js';
import { navigate } from '../../router.js';

export function StageCounts() {
  const { t } = useUi();
  const lifecycle = useLifecycle();
  const stageName = useStageName();
  return (
    <Panel title={t('chart_stages')} definition={t('chart_stages_def')}>
      <QueryView
        query={lifecycle}
        what="/v1/analytics/lifecycle"
        isEmpty={(data) => stageCounts(data).every((row) => row.customers === 0)}
      >
        {(data) => {
          const rows = stageCounts(data);
          return (
            <Chart
              label={t('chart_stages')}
              onItemClick={(item) => navigate(customersHref({ stage: rows[item.dataIndex]!.stage }))}
              option={{
                tooltip: {},
                grid: { left: 110, right: 30, top: 10, bottom: 30 },
                xAxis: { type: 'value', minInterval: 1 },
                yAxis: { type: 'category', inverse: true, data: rows.map((row) => stageName(row.stage)) },
                series: [
                  {
                    type: 'bar',
                    data: rows.map((row) => row.customers),
                    label: { show: true, position: 'right' },
                  },
                ],
              }}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
