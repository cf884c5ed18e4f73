import { useMemo } from 'react';
import { paretoPoints, usePareto, type Pareto, type ParetoPoint } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { lastDays } from '../overview/periods.js';

/** Points on the curve: one per 2% of customers draws it smoothly at any shop size. */
const points = 50;

/** The Pareto curve over the last 12 months: cumulative revenue share against the share of top customers. */
export function ParetoCurve() {
  const { t, workspace } = useUi();
  const period = useMemo(() => lastDays(365, workspace?.timezone ?? 'UTC'), [workspace]);
  const pareto = usePareto(period, points);
  return (
    <Panel title={t('chart_pareto')} definition={t('chart_pareto_def')}>
      <QueryView
        query={pareto}
        what="/v1/analytics/pareto"
        isEmpty={(data) => paretoPoints(data).length === 0}
      >
        {(data) => <ParetoView data={data} />}
      </QueryView>
    </Panel>
  );
}

function ParetoView({ data }: { data: Pareto }) {
  const { t, fmt } = useUi();
  const curve = paretoPoints(data);
  const topShare = data.top_20_percent.revenue_share;
  const tooltip = (point: ParetoPoint) =>
    t('pareto_tooltip', {
      customers_share: fmt.percent(point.customerShare),
      customers: fmt.number(point.customers),
      revenue_share: fmt.percent(point.revenueShare),
      revenue: fmt.money(point.revenueMinor),
    });
  return (
    <>
      {topShare !== null && (
        <p className="big-figure" data-testid="pareto-share">
          {t('pareto_share', { share: fmt.percent(topShare) })}
        </p>
      )}
      <p className="muted">
        {t('pareto_basis', {
          customers: fmt.number(data.customers),
          revenue: fmt.money(data.revenue_minor),
          from: fmt.date(`${data.from}T12:00:00Z`),
          to: fmt.date(`${data.to}T12:00:00Z`),
        })}
      </p>
      <Chart
        label={t('chart_pareto')}
        option={{
          tooltip: {
            trigger: 'axis',
            formatter: (params: unknown) => {
              const items = (Array.isArray(params) ? params : [params]) as {
                seriesIndex: number;
                dataIndex: number;
              }[];
              // Index 0 of the curve's data is the origin, which has no point of its own.
              const onCurve = items.find((item) => item.seriesIndex === 0);
              const point = onCurve ? curve[onCurve.dataIndex - 1] : undefined;
              return point ? tooltip(point) : '';
            },
          },
          legend: { bottom: 0 },
          grid: { left: 56, right: 20, top: 10, bottom: 60 },
          xAxis: {
            type: 'value',
            min: 0,
            max: 1,
            name: t('pareto_axis_customers'),
            nameLocation: 'middle',
            nameGap: 26,
            axisLabel: { formatter: (value: number) => fmt.percent(value) },
          },
          yAxis: {
            type: 'value',
            min: 0,
            max: 1,
            axisLabel: { formatter: (value: number) => fmt.percent(value) },
          },
          series: [
            {
              name: t('pareto_series'),
              type: 'line',
              showSymbol: false,
              areaStyle: { opacity: 0.15 },
              data: [[0, 0], ...curve.map((point) => [point.customerShare, point.revenueShare])],
            },
            {
              name: t('pareto_equal'),
              type: 'line',
              showSymbol: false,
              silent: true,
              lineStyle: { type: 'dashed', width: 1 },
              data: [
                [0, 0],
                [1, 1],
              ],
            },
          ],
        }}
      />
    </>
  );
}
