import { useRfm, type Rfm } from '../../hooks/analytics.js';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { QueryView, RichText } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { customersHref } from '../../hooks/customers.js';
import { Link, navigate } from '../../router.js';
import { segmentName } from '../../i18n/segments.js';

const scores = [1, 2, 3, 4, 5];

/** [recency-1, frequency-1, customers] cells of `grid`, the 5×5 matrix grid[r−1][f−1] of /v1/analytics/rfm. */
function gridCells(rfm: Rfm): [number, number, number][] {
  return rfm.grid.flatMap((row, r) => row.map((count, f): [number, number, number] => [r, f, count]));
}

export function RfmGrid() {
  const { t, fmt } = useUi();
  const rfm = useRfm();
  return (
    <Panel title={t('chart_rfm')} definition={t('chart_rfm_def')} wide>
      <QueryView
        query={rfm}
        what="/v1/analytics/rfm"
        isEmpty={(data) => gridCells(data).every((cell) => cell[2] === 0)}
        empty={<RichText text={t('rfm_none')} />}
      >
        {(data) => {
          const cells = gridCells(data);
          const segments = data.segments;
          return (
            <div className="split">
              <Chart
                label={t('chart_rfm')}
                height={320}
                onItemClick={(item) => {
                  const [r, f] = cells[item.dataIndex]!;
                  navigate(customersHref({ recencyScore: String(r + 1), frequencyScore: String(f + 1) }));
                }}
                option={{
                  tooltip: { position: 'top' },
                  grid: { left: 60, right: 20, top: 10, bottom: 70 },
                  xAxis: {
                    type: 'category',
                    name: t('recency'),
                    nameLocation: 'middle',
                    nameGap: 28,
                    data: scores,
                  },
                  yAxis: {
                    type: 'category',
                    name: t('frequency'),
                    nameLocation: 'middle',
                    nameGap: 36,
                    data: scores,
                  },
                  visualMap: {
                    min: 0,
                    max: Math.max(1, ...cells.map((cell) => cell[2])),
                    orient: 'horizontal',
                    left: 'center',
                    bottom: 0,
                    calculable: false,
                    inRange: { color: ['#eef2ff', '#4f46e5'] },
                  },
                  series: [{ type: 'heatmap', data: cells, label: { show: true } }],
                }}
              />
              <table>
                <caption>{t('rfm_segments')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('col_segment')}</th>
                    <th scope="col" className="num">
                      {t('col_customers')}
                    </th>
                    <th scope="col" className="num">
                      {t('col_revenue')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {segments.map((segment) => (
                    <tr key={segment.segment}>
                      <td>
                        <Link href={customersHref({ segment: segment.segment })}>
                          {segmentName(t, segment.segment)}
                        </Link>
                      </td>
                      <td className="num">{fmt.number(segment.customers)}</td>
                      <td className="num">{fmt.money(segment.revenue_minor)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryView>
    </Panel>
  );
}
