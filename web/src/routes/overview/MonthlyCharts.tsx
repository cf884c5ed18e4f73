import { useMemo, type ReactNode } from 'react';
import { figure, useMonthlySummaries } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { Empty, ErrorState, Loading } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { lastMonths } from './periods.js';

/** A line whose last segment, to the month so far, is dashed: two series under one name. */
function lineToDate(name: string, values: (number | null)[], extra: Record<string, unknown> = {}) {
  const last = values.length - 1;
  return [
    { name, type: 'line', ...extra, data: values.map((value, index) => (index < last ? value : null)) },
    {
      name,
      type: 'line',
      ...extra,
      lineStyle: { type: 'dashed' },
      symbol: 'emptyCircle',
      // The month before is already in the solid series' tooltip line.
      tooltip: { show: false },
      data: values.map((value, index) => (index >= last - 1 ? value : null)),
    },
  ];
}

const partialBar = { opacity: 0.45, borderType: 'dashed', borderColor: '#4f46e5', borderWidth: 1 };

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
  // The last month runs to today: it is drawn lighter and dashed, and starred, not read as a drop.
  const partial = (rows: NonNullable<typeof series>) => rows[rows.length - 1]!.month;
  const axisMonths = (rows: NonNullable<typeof series>) =>
    rows.map((row, index) => (index === rows.length - 1 ? `${row.month}*` : row.month));
  const partialNote = (rows: NonNullable<typeof series>) => (
    <p className="muted chart-note">{t('partial_month_note', { month: partial(rows) })}</p>
  );

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
          <>
            <Chart
              label={t('chart_revenue_orders')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('series_revenue'), t('series_orders')], bottom: 0 },
                grid: { left: 80, right: 50, top: 20, bottom: 50 },
                xAxis: { type: 'category', data: axisMonths(rows) },
                yAxis: [
                  { type: 'value', axisLabel: { formatter: (value: number) => fmt.money(value) } },
                  { type: 'value', splitLine: { show: false } },
                ],
                series: [
                  {
                    name: t('series_revenue'),
                    type: 'bar',
                    data: rows.map((row, index) =>
                      index === rows.length - 1 ? { value: row.revenue, itemStyle: partialBar } : row.revenue,
                    ),
                    tooltip: { valueFormatter: (value: number) => fmt.money(value) },
                  },
                  ...lineToDate(
                    t('series_orders'),
                    rows.map((row) => row.orders),
                    { yAxisIndex: 1 },
                  ),
                ],
              }}
            />
            {partialNote(rows)}
          </>
        ))}
      </Panel>
      <Panel title={t('chart_repeat_rate')} definition={t('chart_repeat_rate_def')}>
        {content((rows) => (
          <>
            <Chart
              label={t('chart_repeat_rate')}
              option={{
                tooltip: { trigger: 'axis', valueFormatter: (value: number) => fmt.percent(value) },
                grid: { left: 60, right: 20, top: 20, bottom: 30 },
                xAxis: { type: 'category', data: axisMonths(rows) },
                yAxis: { type: 'value', axisLabel: { formatter: (value: number) => fmt.percent(value) } },
                series: lineToDate(
                  t('chart_repeat_rate'),
                  rows.map((row) => row.repeatRate),
                  { smooth: true, areaStyle: { opacity: 0.15 } },
                ),
              }}
            />
            {partialNote(rows)}
          </>
        ))}
      </Panel>
    </>
  );
}
