import { stageFlows, useLifecycle } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { useStageName } from './stages.js';

/** Flows between stages as a Sankey diagram ("from" nodes on the left, "to" nodes on the right). */
export function StageFlows() {
  const { t } = useUi();
  const stageName = useStageName();
  const lifecycle = useLifecycle();
  return (
    <Panel title={t('chart_stage_flows')} definition={t('chart_stage_flows_def')}>
      <QueryView
        query={lifecycle}
        what="/v1/analytics/lifecycle"
        isEmpty={(data) =>
          stageFlows(data).filter((flow) => flow.from !== flow.to && flow.customers > 0).length === 0
        }
      >
        {(data) => {
          const flows = stageFlows(data).filter((flow) => flow.from !== flow.to && flow.customers > 0);
          const source = (stage: string) => `${stageName(stage)} `;
          const target = (stage: string) => ` ${stageName(stage)}`;
          const nodes = [
            ...new Set([...flows.map((f) => source(f.from)), ...flows.map((f) => target(f.to))]),
          ];
          return (
            <Chart
              label={t('chart_stage_flows')}
              option={{
                tooltip: { trigger: 'item' },
                series: [
                  {
                    type: 'sankey',
                    left: 10,
                    right: 90,
                    data: nodes.map((name) => ({ name })),
                    links: flows.map((flow) => ({
                      source: source(flow.from),
                      target: target(flow.to),
                      value: flow.customers,
                    })),
                    lineStyle: { color: 'gradient', opacity: 0.35 },
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
