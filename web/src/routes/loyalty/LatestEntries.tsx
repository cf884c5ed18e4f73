import { useLedgerActivity } from '../../hooks/loyalty.js';
import { LedgerTable } from '../../components/LedgerTable.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

const latestEntriesShown = 20;

/** The workspace's latest ledger entries, one row each, newest first. */
export function LatestEntries() {
  const { t } = useUi();
  const activity = useLedgerActivity(latestEntriesShown);
  return (
    <section aria-labelledby="latest-entries">
      <h3 id="latest-entries">{t('activity_latest')}</h3>
      <QueryView query={activity} what="/v1/loyalty/transactions">
        {(page) => <LedgerTable entries={page.data} empty={t('activity_none')} shopWide />}
      </QueryView>
    </section>
  );
}
