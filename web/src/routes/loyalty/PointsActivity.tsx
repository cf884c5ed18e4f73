import { useMemo } from 'react';
import { useLiability } from '../../hooks/loyalty.js';
import { numberOrNull, pick } from '../../hooks/shape.js';
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
          const points = (name: string) => fmt.points(numberOrNull(pick(data, `period.${name}`)) ?? 0);
          const breakage = numberOrNull(pick(data, 'period.breakage_rate'));
          return (
            <Facts
              items={[
                [t('activity_issued'), points('issued')],
                [t('activity_redeemed'), points('redeemed')],
                [t('activity_expired'), points('expired')],
                [t('activity_clawed_back'), points('clawed_back')],
                [t('activity_adjusted_down'), points('adjusted_down')],
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
