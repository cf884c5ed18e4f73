import { usePointsTransactions } from '../../hooks/loyalty.js';
import { LedgerTable } from '../../components/LedgerTable.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { useActorName } from './actor.js';

export function CustomerLedger({ id }: { id: string }) {
  const { t } = useUi();
  const transactions = usePointsTransactions(id);
  const actorName = useActorName();
  return (
    <Panel title={t('customer_ledger')}>
      <QueryView query={transactions} what="/v1/customers/{id}/points/transactions">
        {(page) => <LedgerTable entries={page.data} empty={t('customer_no_ledger')} actorName={actorName} />}
      </QueryView>
    </Panel>
  );
}
