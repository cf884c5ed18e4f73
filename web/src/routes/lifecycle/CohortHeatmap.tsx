import { useCohorts } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function CohortHeatmap() {
  const { t, fmt } = useUi();
  const cohorts = useCohorts();
  return (
    <Panel title={t('chart_cohorts')} definition={t('chart_cohorts_def')} wide>
      <QueryView query={cohorts} what="/v1/analytics/cohorts" isEmpty={(data) => data.cohorts.length === 0}>
        {(data) => {
          // The customers metric: cells[k] = the share of the cohort ordering in period k after their first.
          const rows = data.cohorts;
          const periods = Math.max(...rows.map((row) => row.cells.length));
          const cells = rows.flatMap((row, y) =>
            row.cells.map((share, k) => [k, y, Math.round(share * 1000) / 10]),
          );
          const labels = rows.map((row) => `${fmt.month(row.cohort)} (${fmt.number(row.size)})`);
          return (
            <Chart
              label={t('chart_cohorts')}
              height={Math.max(180, rows.length * 26 + 90)}
              option={{
                tooltip: { position: 'top', valueFormatter: (value: number) => `${value}%` },
                grid: { left: 150, right: 20, top: 10, bottom: 60 },
                xAxis: { type: 'category', data: Array.from({ length: periods }, (_, k) => `+${k}`) },
                yAxis: { type: 'category', inverse: true, data: labels },
                visualMap: {
                  min: 0,
                  max: 100,
                  orient: 'horizontal',
                  left: 'center',
                  bottom: 0,
                  inRange: { color: ['#f0fdf4', '#059669'] },
                },
                series: [{ type: 'heatmap', data: cells, label: { show: rows.length <= 24, fontSize: 10 } }],
              }}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
