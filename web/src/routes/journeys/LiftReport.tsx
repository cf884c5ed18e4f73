import { useMemo } from 'react';
import * as echarts from 'echarts/core';
import { CustomChart, ScatterChart } from 'echarts/charts';
import type { CustomSeriesRenderItemAPI, CustomSeriesRenderItemParams, EChartsCoreOption } from 'echarts';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useJourneyReport, type JourneyReport, type ReportPart } from '../../hooks/journeys.js';
import type { Formatter } from '../../i18n/format.js';
import type { Translate } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';

// The lift's interval is an error bar: a custom series draws it, a scatter series the estimate.
echarts.use([CustomChart, ScatterChart]);

type Row = ReportPart & { label: string; key: string };
type Measure = 'conversion_rate' | 'revenue_per_entry_minor';

function rowsOf(t: Translate, report: JourneyReport): Row[] {
  return [
    ...(report.total ? [{ ...report.total, label: t('journey_report_total'), key: 'total' }] : []),
    ...report.versions.map((version) => ({
      ...version,
      label: t('journey_report_version', { n: version.version }),
      key: `v${version.version}`,
    })),
  ];
}

/**
 * What the journey changed against its holdout: for the whole journey and each version, the lift in
 * conversion rate and in revenue per entry (treated − held out) with its 95% interval, drawn as a
 * point with an error bar, and the same figures in a table. Below the threshold: "not enough data yet".
 */
export function LiftReport({ id }: { id: string }) {
  const { t } = useUi();
  const report = useJourneyReport(id);
  return (
    <Panel title={t('journey_lift_title')} definition={t('journey_lift_def')} wide>
      <QueryView query={report} what="/v1/journeys/{id}/report">
        {(loaded) => <LiftBody report={loaded} />}
      </QueryView>
    </Panel>
  );
}

function LiftBody({ report }: { report: JourneyReport }) {
  const { t, fmt } = useUi();
  const rows = rowsOf(t, report);
  if (rows.length === 0) return <p className="muted">{t('journey_lift_none')}</p>;
  const money = (minor: number) => fmt.money(minor, report.currency);
  return (
    <div data-testid="journey-lift">
      <div className="journey-lift-charts">
        <LiftChart
          rows={rows}
          measure="conversion_rate"
          title={t('journey_lift_conversion')}
          show={(v) => signed(fmt.percent(v), v)}
        />
        <LiftChart
          rows={rows}
          measure="revenue_per_entry_minor"
          title={t('journey_lift_revenue')}
          show={(v) => signed(money(v), v)}
        />
      </div>
      <div className="table-scroll">
        <Table
          rows={rows}
          rowKey={(row) => row.key}
          columns={[
            { header: t('journey_report_part'), cell: (row) => row.label },
            { header: t('journey_entered'), numeric: true, cell: (row) => fmt.number(row.entered) },
            { header: t('journey_in_progress'), numeric: true, cell: (row) => fmt.number(row.in_progress) },
            { header: t('journey_converted'), numeric: true, cell: (row) => fmt.number(row.converted) },
            { header: t('journey_exited'), numeric: true, cell: (row) => fmt.number(row.exited) },
            {
              header: t('journey_lift_conversion'),
              cell: (row) => liftText(t, row, 'conversion_rate', (v) => signed(fmt.percent(v), v)),
            },
            {
              header: t('journey_lift_revenue'),
              cell: (row) => liftText(t, row, 'revenue_per_entry_minor', (v) => signed(money(v), v)),
            },
          ]}
        />
      </div>
    </div>
  );
}

const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);

function liftText(t: Translate, row: Row, measure: Measure, show: (value: number) => string): string {
  const difference = row.lift[measure];
  if (!row.lift.enough_data || !difference || difference.low === null || difference.high === null) {
    return t('journey_not_enough_data', {
      treated: row.treated.conversions,
      held_out: row.held_out.conversions,
    });
  }
  return t('journey_lift_interval', {
    lift: show(difference.lift),
    low: show(difference.low),
    high: show(difference.high),
  });
}

function LiftChart(props: { rows: Row[]; measure: Measure; title: string; show: (value: number) => string }) {
  const { t, fmt } = useUi();
  const { rows, measure, show } = props;
  const measured = rows.filter((row) => row.lift.enough_data && row.lift[measure]?.low != null);
  const option = useMemo(() => liftOption(rows, measure, show, fmt), [rows, measure, show, fmt]);
  return (
    <figure className="journey-lift-chart">
      <figcaption>{props.title}</figcaption>
      {measured.length === 0 ? (
        <p className="muted" data-testid="not-enough-data">
          {t('journey_not_enough_data_short')}
        </p>
      ) : (
        <Chart option={option} label={props.title} height={220} />
      )}
    </figure>
  );
}

function liftOption(
  rows: Row[],
  measure: Measure,
  show: (value: number) => string,
  fmt: Formatter,
): EChartsCoreOption {
  const points = rows.map((row, index) => {
    const difference = row.lift[measure];
    return row.lift.enough_data && difference && difference.low !== null && difference.high !== null
      ? { index, lift: difference.lift, low: difference.low, high: difference.high }
      : null;
  });
  return {
    grid: { left: 80, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: rows.map((row) => row.label) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => show(value) } },
    tooltip: {
      trigger: 'item',
      formatter: (item: { dataIndex: number }) => {
        const point = points.find((one) => one?.index === item.dataIndex);
        return point ? `${show(point.lift)} (${show(point.low)} – ${show(point.high)})` : fmt.number(0);
      },
    },
    series: [
      {
        type: 'custom',
        // Both ends of each interval count for the value axis's extent.
        encode: { x: 0, y: [1, 2] },
        data: points.flatMap((point) => (point ? [[point.index, point.low, point.high]] : [])),
        renderItem: (_params: CustomSeriesRenderItemParams, api: CustomSeriesRenderItemAPI) => {
          const low = api.coord([api.value(0), api.value(1)]);
          const high = api.coord([api.value(0), api.value(2)]);
          const cap = 8;
          const style = { stroke: '#4f46e5', lineWidth: 2 };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] }, style },
              { type: 'line', shape: { x1: low[0] - cap, y1: low[1], x2: low[0] + cap, y2: low[1] }, style },
              {
                type: 'line',
                shape: { x1: high[0] - cap, y1: high[1], x2: high[0] + cap, y2: high[1] },
                style,
              },
            ],
          };
        },
      },
      {
        type: 'scatter',
        symbolSize: 10,
        data: points.flatMap((point) => (point ? [[point.index, point.lift]] : [])),
      },
    ],
  };
}
