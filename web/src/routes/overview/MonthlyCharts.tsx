import { useMemo, type ReactNode } from 'react';
import { figure, useMonthlySummaries } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { lastMonths } from './periods.js';

/** Revenue, orders and repeat purchase rate per month: twelve summaries fetched in parallel. */
export function MonthlyCharts({ timeZone }: { timeZone: string }) {
  const { t, fmt } = useUi();
  const months = useMemo(() => lastMonths(12, timeZone), [timeZone]);
  const results = useMonthlySummaries(months);
  const failed = results.find((result) => result.isError);
  const pending = results.some((result) => result.isPending);

  const series = useMemo(() => {
    if (pending || failed) return null;
    return results.map((result, index) => ({
      month: fmt.month(months[index]!.from),
      revenue: figure(result.data, 'revenue').value ?? 0,
      orders: figure(result.data, 'orders').value ?? 0,
      repeatRate: figure(result.data, 'repeat_purchase_rate').value,
    }));
  }, [results, pending, failed, months, fmt]);

  const content = (chart: (rows: NonNullable<typeof series>) => ReactNode) => {
    if (pending) return <Loading />;
    if (failed)
      return <ErrorState error={failed.error} what="/v1/analytics/summary" onRetry={failed.refetch} />;
    if (!series || series.every((row) => row.orders === 0)) return <Empty />;
    return chart(series);
  };

  return (
    <>
      <Panel title={t('chart_revenue_orders')} definition={t('chart_revenue_orders_def')} wide>
        {content((rows) => (
          <Chart
            label={t('chart_revenue_orders')}
            option={{
              tooltip: { trigger: 'axis' },
              legend: { data: [t('series_revenue'), t('series_orders')], bottom: 0 },
              grid: { left: 80, right: 50, top: 20, bottom: 50 },
              xAxis: { type: 'category', data: rows.map((row) => row.month) },
              yAxis: [
                { type: 'value', axisLabel: { formatter: (value: number) => fmt.money(value) } },
                { type: 'value', splitLine: { show: false } },
              ],
              series: [
                {
                  name: t('series_revenue'),
                  type: 'bar',
                  data: rows.map((row) => row.revenue),
                  tooltip: { valueFormatter: (value: number) => fmt.money(value) },
                },
                {
                  name: t('series_orders'),
                  type: 'line',
                  yAxisIndex: 1,
                  data: rows.map((row) => row.orders),
                },
              ],
            }}
          />
        ))}
      </Panel>
      <Panel title={t('chart_repeat_rate')} definition={t('chart_repeat_rate_def')}>
        {content((rows) => (
          <Chart
            label={t('chart_repeat_rate')}
            option={{
              tooltip: { trigger: 'axis', valueFormatter: (value: number) => fmt.percent(value) },
              grid: { left: 60, right: 20, top: 20, bottom: 30 },
              xAxis: { type: 'category', data: rows.map((row) => row.month) },
              yAxis: { type: 'value', axisLabel: { formatter: (value: number) => fmt.percent(value) } },
              series: [
                {
                  type: 'line',
                  smooth: true,
                  areaStyle: { opacity: 0.15 },
                  data: rows.map((row) => row.repeatRate),
                },
              ],
            }}
          />
        ))}
      </Panel>
    </>
  );
}
