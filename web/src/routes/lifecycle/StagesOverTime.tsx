import { useLifecycle } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { useStageName } from './stages.js';

/** Each period end's stage counts, stacked (prospects are not part of this series). */
export function StagesOverTime() {
  const { t, fmt } = useUi();
  const stageName = useStageName();
  const lifecycle = useLifecycle();
  return (
    <Panel title={t('chart_stages_over_time')} definition={t('chart_stages_over_time_def')} wide>
      <QueryView
        query={lifecycle}
        what="/v1/analytics/lifecycle"
        isEmpty={(data) => data.over_time.length === 0}
      >
        {(data) => {
          const periods = data.over_time;
          const stages = [...new Set(periods.flatMap((row) => Object.keys(row.counts)))].filter(
            (stage): stage is keyof (typeof periods)[number]['counts'] => stage !== 'prospect',
          );
          // period_end is exclusive: the last day shown is the day before it.
          const label = (end: string) =>
            fmt.date(new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString());
          return (
            <Chart
              label={t('chart_stages_over_time')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { bottom: 0 },
                grid: { left: 50, right: 20, top: 10, bottom: 60 },
                xAxis: {
                  type: 'category',
                  data: periods.map((row) => label(row.period_end)),
                },
                yAxis: { type: 'value', minInterval: 1 },
                series: stages.map((stage) => ({
                  name: stageName(stage),
                  type: 'bar',
                  stack: 'stages',
                  data: periods.map((row) => row.counts[stage]),
                })),
              }}
            />
          );
        }}
      </QueryView>
    </Panel>
  );
}
