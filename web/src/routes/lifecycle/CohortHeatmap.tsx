import { useCohorts } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { today } from '../overview/periods.js';
import { customersHref } from '../../hooks/customers.js';
import { navigate } from '../../router.js';

/** The first day of the month `k` months after `month` (YYYY-MM-DD). */
const monthsAfter = (month: string, k: number) =>
  new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + k, 1))
    .toISOString()
    .slice(0, 10);

const partialCell = { opacity: 0.55, borderType: 'dashed', borderColor: '#334155', borderWidth: 1 };

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
          // The month in progress (as of the answer, in the workspace's zone) has not ended: its cells
          // are partial, outlined dashed and lighter, as is the cohort that began in it.
          const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
          const current = monthIndex(today(data.timezone, new Date(data.as_of)));
          const cells = rows.flatMap((row, y) =>
            row.cells.map((share, k) =>
              monthIndex(row.cohort) + k === current
                ? { value: [k, y, share], itemStyle: partialCell }
                : [k, y, share],
            ),
          );
          const cellAt = rows.flatMap((row, y) => row.cells.map((_, k) => [y, k] as const));
          const labels = rows.map(
            (row) =>
              `${fmt.month(row.cohort)} (${fmt.number(row.size)})${monthIndex(row.cohort) === current ? '*' : ''}`,
          );
          const percent = (value: unknown) => {
            const share = Array.isArray(value) ? value[2] : value;
            return typeof share === 'number' ? fmt.percent(share) : '';
          };
          return (
            <>
              <Chart
                label={t('chart_cohorts')}
                onItemClick={(item) => {
                  const [y, k] = cellAt[item.dataIndex]!;
                  const cohort = rows[y]!.cohort;
                  navigate(customersHref({ cohort, cohortActive: k === 0 ? '' : monthsAfter(cohort, k) }));
                }}
                height={Math.max(180, rows.length * 26 + 90)}
                option={{
                  tooltip: { position: 'top', valueFormatter: percent },
                  grid: { left: 150, right: 20, top: 10, bottom: 60 },
                  xAxis: { type: 'category', data: Array.from({ length: periods }, (_, k) => `+${k}`) },
                  yAxis: { type: 'category', inverse: true, data: labels },
                  visualMap: {
                    min: 0,
                    max: 1,
                    orient: 'horizontal',
                    left: 'center',
                    bottom: 0,
                    formatter: percent,
                    inRange: { color: ['#f0fdf4', '#059669'] },
                  },
                  series: [
                    {
                      type: 'heatmap',
                      data: cells,
                      label: {
                        show: rows.length <= 24,
                        fontSize: 10,
                        formatter: (item: { value: unknown }) => percent(item.value),
                      },
                    },
                  ],
                }}
              />
              <p className="muted chart-note">{t('partial_cohort_note')}</p>
            </>
          );
        }}
      </QueryView>
    </Panel>
  );
}
