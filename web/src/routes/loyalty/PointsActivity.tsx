import { useMemo } from 'react';
import { useLiability } from '../../hooks/loyalty.js';
import { Facts } from '../../components/Facts.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { lastDays, zonedMidnight } from '../overview/periods.js';
import { LatestEntries } from './LatestEntries.js';

/**
 * What moved through the ledger: the last 30 days' totals from the liability report's period
 * flows, then the latest entries themselves.
 */
export function PointsActivity() {
  const { t, fmt, workspace } = useUi();
  const timeZone = workspace?.timezone ?? 'UTC';
  const from = useMemo(() => zonedMidnight(lastDays(30, timeZone).from, timeZone), [timeZone]);
  const liability = useLiability(from);
  return (
    <Panel title={t('ledger_title')} definition={t('ledger_def')} wide>
      <QueryView query={liability} what="/v1/loyalty/liability">
        {(data) => {
          const period = data.period;
          const breakage = period.breakage_rate;
          return (
            <Facts
              items={[
                [t('activity_issued'), fmt.points(period.issued)],
                [t('activity_redeemed'), fmt.points(period.redeemed)],
                [t('activity_expired'), fmt.points(period.expired)],
                [t('activity_clawed_back'), fmt.points(period.clawed_back)],
                [t('activity_adjusted_down'), fmt.points(period.adjusted_down)],
                [t('activity_breakage'), breakage === null ? t('none') : fmt.percent(breakage)],
              ]}
            />
          );
        }}
      </QueryView>
      <LatestEntries />
    </Panel>
  );
}
