import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useCustomerJourneys } from '../../hooks/journeys.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { actionLabel, outcomeLabel } from '../journeys/words.js';

/** A customer's journey runs, newest first: the journey, where the run is, its last step and how it ended. */
export function CustomerJourneys({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const runs = useCustomerJourneys(id);
  return (
    <Panel title={t('customer_journeys')} definition={t('customer_journeys_def')}>
      <QueryView query={runs} what="/v1/customers/{id}/journeys">
        {(list) => (
          <div className="table-scroll" data-testid="customer-journeys">
            <Table
              rows={list.data}
              rowKey={(run) => run.id}
              empty={t('customer_journeys_none')}
              columns={[
                {
                  header: t('customer_journey'),
                  cell: (run) => (
                    <Link href={`/journeys/${encodeURIComponent(run.journey_id)}`}>
                      {run.journey_name ?? run.journey_id}
                    </Link>
                  ),
                },
                { header: t('journey_run_where'), cell: (run) => (run.node ? <code>{run.node}</code> : '—') },
                {
                  header: t('journey_run_last_step'),
                  cell: (run) =>
                    run.last_step
                      ? `${actionLabel(t, run.last_step.action)} · ${fmt.dateTime(run.last_step.at)}`
                      : '—',
                },
                {
                  header: t('journey_run_outcome'),
                  cell: (run) => (
                    <>
                      {outcomeLabel(t, run.outcome)}
                      {run.holdout && <span className="badge">{t('journey_run_holdout')}</span>}
                    </>
                  ),
                },
                {
                  header: t('journey_run_history'),
                  action: true,
                  cell: (run) => (
                    <Link
                      href={`/journeys/${encodeURIComponent(run.journey_id)}/runs/${encodeURIComponent(run.id)}`}
                      aria-label={t('journey_run_history_of', { name: run.journey_name ?? run.journey_id })}
                    >
                      {t('journey_run_history')}
                    </Link>
                  ),
                },
              ]}
            />
          </div>
        )}
      </QueryView>
    </Panel>
  );
}
