import { useMemo } from 'react';
import { Chart } from '../../components/Chart.js';
import { useUi } from '../../ui.js';
import { useSegmentHistory } from './hooks.js';

/** A segment's members over the last 30 days, as a line in its row of the list. */
export function Sparkline({ id, name, building }: { id: string; name: string; building: boolean }) {
  const { t } = useUi();
  const history = useSegmentHistory(id, building);
  const points = history.data?.data;
  const option = useMemo(
    () => ({
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: points?.map((point) => point.date) ?? [] },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { trigger: 'axis' },
      series: [
        {
          type: 'line',
          data: points?.map((point) => point.members) ?? [],
          showSymbol: false,
          lineStyle: { width: 1.5 },
          areaStyle: { opacity: 0.12 },
        },
      ],
    }),
    [points],
  );
  if (!points) return <span className="muted">{history.isError ? t('none') : '…'}</span>;
  return (
    <div className="segment-sparkline">
      <Chart option={option} label={t('segment_sparkline_label', { name })} height={36} />
    </div>
  );
}
