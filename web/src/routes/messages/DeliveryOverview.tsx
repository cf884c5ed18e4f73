import { useMemo, useState } from 'react';
import { Chart } from '../../components/Chart.js';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useMessagingStats, type Stats } from '../../hooks/messages.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { channelName } from './words.js';

const dayMs = 24 * 60 * 60 * 1000;
const periods = [30, 90, 365] as const;

const metrics = [
  { key: 'sent', label: 'stats_sent' },
  { key: 'delivered', label: 'stats_delivered' },
  { key: 'opened', label: 'stats_opened' },
  { key: 'clicked', label: 'stats_clicked' },
  { key: 'failed', label: 'stats_failed' },
  { key: 'unsubscribed', label: 'stats_unsubscribed' },
] as const satisfies readonly { key: string; label: MessageKey }[];
type Metric = (typeof metrics)[number]['key'];

/** Today's date in a time zone, YYYY-MM-DD (en-CA writes dates that way). */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Every day of the range with each metric's count on `channel` (or all channels). */
function dailySeries(stats: Stats, channel: string): { date: string; counts: Record<Metric, number> }[] {
  const days: string[] = [];
  for (let date = stats.from; date <= stats.to; date = addDays(date, 1)) days.push(date);
  const byDate = new Map(days.map((date) => [date, Object.fromEntries(metrics.map((m) => [m.key, 0]))]));
  const counts = (date: string) => byDate.get(date) as Record<Metric, number> | undefined;
  for (const row of stats.days) {
    const day = counts(row.date);
    if (!day || (channel !== 'all' && row.channel !== channel)) continue;
    for (const metric of ['sent', 'delivered', 'opened', 'clicked', 'failed'] as const)
      day[metric] += row[metric];
  }
  for (const row of stats.unsubscribes) {
    const day = counts(row.date);
    if (day && (channel === 'all' || row.channel === channel)) day.unsubscribed += row.count;
  }
  return days.map((date) => ({ date, counts: counts(date)! }));
}

/** Per channel over the range: each metric's total. */
function channelTotals(stats: Stats): { channel: string; counts: Record<Metric, number> }[] {
  const byChannel = new Map<string, Record<Metric, number>>();
  const of = (channel: string) => {
    let counts = byChannel.get(channel);
    if (!counts) {
      counts = Object.fromEntries(metrics.map((m) => [m.key, 0])) as Record<Metric, number>;
      byChannel.set(channel, counts);
    }
    return counts;
  };
  for (const row of stats.days) {
    const counts = of(row.channel);
    for (const metric of ['sent', 'delivered', 'opened', 'clicked', 'failed'] as const)
      counts[metric] += row[metric];
  }
  for (const row of stats.unsubscribes) of(row.channel).unsubscribed += row.count;
  return [...byChannel].map(([channel, counts]) => ({ channel, counts }));
}

function OverviewCharts({ stats }: { stats: Stats }) {
  const { t, fmt } = useUi();
  const [channel, setChannel] = useState('all');
  const totals = useMemo(() => channelTotals(stats), [stats]);
  const series = useMemo(() => dailySeries(stats, channel), [stats, channel]);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { data: metrics.map((metric) => t(metric.label)), bottom: 0 },
      grid: { left: 50, right: 20, top: 20, bottom: 60 },
      xAxis: { type: 'category', data: series.map((day) => fmt.date(`${day.date}T12:00:00Z`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: metrics.map((metric) => ({
        name: t(metric.label),
        type: 'line',
        showSymbol: series.length <= 31,
        data: series.map((day) => day.counts[metric.key]),
      })),
    }),
    [series, t, fmt],
  );
  return (
    <>
      <div className="stats-channel">
        <SelectField
          label={t('col_channel')}
          value={channel}
          onChange={setChannel}
          options={[
            { value: 'all', label: t('cap_all_channels') },
            ...totals.map((row) => ({ value: row.channel, label: channelName(t, row.channel) })),
          ]}
        />
      </div>
      <Chart label={t('stats_chart')} option={option} height={320} />
      <table data-testid="stats-totals">
        <thead>
          <tr>
            <th scope="col">{t('col_channel')}</th>
            {metrics.map((metric) => (
              <th key={metric.key} scope="col" className="num">
                {t(metric.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.map((row) => (
            <tr key={row.channel}>
              <td>{channelName(t, row.channel)}</td>
              {metrics.map((metric) => (
                <td key={metric.key} className="num">
                  {fmt.number(row.counts[metric.key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Sent, delivered, opened, clicked, failed and unsubscribed per day, on each channel or all. */
export function DeliveryOverview() {
  const { t, workspace } = useUi();
  const [days, setDays] = useState<(typeof periods)[number]>(30);
  const timeZone = workspace?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const to = todayIn(timeZone);
  const from = addDays(to, 1 - days);
  const stats = useMessagingStats(from, to);
  return (
    <Panel
      title={t('stats_title')}
      definition={t('stats_def')}
      wide
      actions={
        <SelectField
          label={t('period')}
          value={String(days)}
          onChange={(value) => setDays(Number(value) as (typeof periods)[number])}
          options={periods.map((period) => ({ value: String(period), label: t(`period_${period}`) }))}
        />
      }
    >
      <QueryView
        query={stats}
        what="/v1/messaging/stats"
        isEmpty={(data) => data.days.length === 0 && data.unsubscribes.length === 0}
        empty={t('stats_empty')}
      >
        {(data) => <OverviewCharts stats={data} />}
      </QueryView>
    </Panel>
  );
}
