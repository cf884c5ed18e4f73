import { useState } from 'react';
import { figure, useSummary, type KpiName } from '../../hooks/analytics.js';
import { liabilityFigure, useLiability } from '../../hooks/loyalty.js';
import { Kpi } from '../../components/Kpi.js';
import { ErrorState, Loading } from '../../components/States.js';
import { SelectField } from '../../components/Field.js';
import { useUi } from '../../ui.js';
import { lastDays, zonedMidnight } from './periods.js';
import { MonthlyCharts } from './MonthlyCharts.js';
import { StageCounts } from './StageCounts.js';
import { OrderedCustomers, RetentionChurn } from './RetentionChurn.js';

const periodDays = [30, 90, 365] as const;

type KpiLabel =
  | 'kpi_customers'
  | 'kpi_new_customers'
  | 'kpi_revenue'
  | 'kpi_orders'
  | 'kpi_repeat_purchase_rate'
  | 'kpi_retention_rate'
  | 'kpi_aov_first'
  | 'kpi_aov_repeat';

export function Overview() {
  const { t, fmt, workspace } = useUi();
  const [days, setDays] = useState<(typeof periodDays)[number]>(30);
  const timeZone = workspace?.timezone ?? 'UTC';
  const summary = useSummary(lastDays(days, timeZone));
  const period = lastDays(days, timeZone);
  const liability = useLiability(zonedMidnight(period.from, timeZone));

  const money = (value: number) => fmt.money(value);
  const count = (value: number) => fmt.number(value);
  const rate = (value: number) => fmt.percent(value);
  const kpi = (label: KpiLabel, name: KpiName, format: (value: number) => string, isRate = false) => {
    const value = figure(summary.data, name);
    return (
      // The API's definition is English: the card shows the catalogue's, in the reader's language.
      <Kpi label={t(label)} {...value} definition={t(`${label}_def`)} format={format} rate={isRate} />
    );
  };

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_overview')}</h1>
        <SelectField
          label={t('period')}
          value={String(days)}
          onChange={(value) => setDays(Number(value) as (typeof periodDays)[number])}
          options={periodDays.map((value) => ({ value: String(value), label: t(`period_${value}`) }))}
        />
      </header>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorState error={summary.error} what="/v1/analytics/summary" onRetry={summary.refetch} />
      ) : (
        <div className="kpi-grid" aria-label={t('nav_overview')}>
          <OrderedCustomers summary={summary.data} />
          {kpi('kpi_new_customers', 'new_customers', count)}
          {kpi('kpi_revenue', 'revenue', money)}
          {kpi('kpi_orders', 'orders', count)}
          {kpi('kpi_repeat_purchase_rate', 'repeat_purchase_rate', rate, true)}
          <RetentionChurn summary={summary.data} />
          {kpi('kpi_aov_first', 'average_order_value_first', money)}
          {kpi('kpi_aov_repeat', 'average_order_value_repeat', money)}
          <Kpi
            label={t('kpi_points_liability')}
            definition={t('kpi_points_liability_def')}
            {...liabilityFigure(liability.data)}
            format={money}
          />
        </div>
      )}
      <div className="panel-grid">
        <MonthlyCharts timeZone={timeZone} />
        <StageCounts />
      </div>
    </div>
  );
}
