import { figure, type KpiName } from '../../hooks/analytics.js';
import { Kpi } from '../../components/Kpi.js';
import { useUi } from '../../ui.js';
import { retentionAndChurnShown } from '../../../../src/modules/analytics/reports/retention.js';

type Summary = Parameters<typeof figure>[0];

/** The dashboard shows percentages with at most one decimal (format.ts). */
const percentDecimals = 1;

const shown = (retention: number | null) =>
  retention === null ? null : retentionAndChurnShown(retention, percentDecimals);

/**
 * Retention beside churn, both from the API's retention through the one definition the API uses
 * (src/modules/analytics/reports/retention.ts): churn is shown as 100% − the shown retention, so
 * the two cards always add up to 100%.
 */
export function RetentionChurn({ summary }: { summary: Summary }) {
  const { t, fmt } = useUi();
  const retention = figure(summary, 'retention_rate');
  const now = shown(retention.value);
  const before = shown(retention.previous);
  const rate = (value: number) => fmt.percent(value);
  return (
    <>
      <Kpi
        label={t('kpi_retention')}
        value={now?.retention ?? null}
        previous={before?.retention ?? null}
        definition={t('kpi_retention_def')}
        format={rate}
        rate
      />
      <Kpi
        label={t('kpi_churn')}
        value={now?.churn ?? null}
        previous={before?.churn ?? null}
        definition={t('kpi_churn_def')}
        format={rate}
        rate
      />
    </>
  );
}

/** "Customers" on the overview: everyone who has ordered, labelled so (the customer list counts everyone known). */
export function OrderedCustomers({ summary }: { summary: Summary }) {
  const { t, fmt } = useUi();
  const name: KpiName = 'customers';
  return (
    <Kpi
      label={t('kpi_customers_ordered')}
      {...figure(summary, name)}
      definition={t('kpi_customers_ordered_def')}
      format={(value) => fmt.number(value)}
    />
  );
}
