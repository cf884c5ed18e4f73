import {
  clvBins,
  useClvDistribution,
  type ClvBin,
  type ClvDistribution as Distribution,
} from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView, RichText } from '../../components/States.js';
import { useUi } from '../../ui.js';

const bins = 20;

/** How the model's predicted 12-month value is spread over customers: a histogram with its quantiles. */
export function ClvDistribution() {
  const { t } = useUi();
  const distribution = useClvDistribution(bins);
  const reason = distribution.data?.empty?.reason;
  return (
    <Panel title={t('chart_clv')} definition={t('chart_clv_def')}>
      <QueryView
        query={distribution}
        what="/v1/analytics/clv-distribution"
        isEmpty={(data) => clvBins(data).length === 0}
        empty={<RichText text={t(reason === 'no_predictions' ? 'clv_not_scored' : 'predictions_none')} />}
      >
        {(data) => <ClvHistogram data={data} />}
      </QueryView>
    </Panel>
  );
}

function ClvHistogram({ data }: { data: Distribution }) {
  const { t, fmt } = useUi();
  const histogram = clvBins(data);
  const quantile = (name: keyof NonNullable<Distribution['quantiles']>) =>
    data.quantiles ? fmt.money(data.quantiles[name]) : '—';
  const asOf = data.as_of;
  const withoutPrediction = data.customers_without_prediction;
  const range = (bin: ClvBin) =>
    bin.toMinor === null
      ? t('clv_bin_above', { from: fmt.money(bin.fromMinor) })
      : `${fmt.money(bin.fromMinor)} – ${fmt.money(bin.toMinor)}`;
  return (
    <>
      <p className="big-figure" data-testid="clv-median">
        {t('clv_median', { median: quantile('median_minor') })}
      </p>
      <p className="muted">
        {t('clv_tail', { p90: quantile('p90_minor'), p99: quantile('p99_minor') })}{' '}
        {t('clv_basis', {
          customers: fmt.number(data.customers),
          total: fmt.money(data.value_minor),
          date: asOf ? fmt.date(asOf) : '—',
        })}
        {withoutPrediction > 0 &&
          ` ${t('clv_without_prediction', { customers: fmt.number(withoutPrediction) })}`}
      </p>
      <Chart
        label={t('chart_clv')}
        option={{
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            formatter: (params: unknown) => {
              const items = (Array.isArray(params) ? params : [params]) as { dataIndex: number }[];
              const bin = histogram[items[0]?.dataIndex ?? -1];
              return bin
                ? t('clv_bin_tooltip', {
                    range: range(bin),
                    customers: fmt.number(bin.customers),
                    value: fmt.money(bin.valueMinor),
                  })
                : '';
            },
          },
          grid: { left: 50, right: 20, top: 30, bottom: 40 },
          xAxis: {
            type: 'category',
            data: histogram.map((bin) =>
              bin.toMinor === null
                ? t('clv_bin_above', { from: fmt.money(bin.fromMinor) })
                : fmt.money(bin.fromMinor),
            ),
            axisLabel: { hideOverlap: true },
          },
          yAxis: { type: 'value', minInterval: 1, name: t('col_customers') },
          series: [{ type: 'bar', barCategoryGap: '10%', data: histogram.map((bin) => bin.customers) }],
        }}
      />
    </>
  );
}
