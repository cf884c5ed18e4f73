import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useJourneyRun } from '../../hooks/journeys.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { actionLabel, outcomeLabel, wordOr } from './words.js';

/** One run from its entry: each node it passed, what happened there and when. */
export function RunHistory({ id, run }: { id: string; run: string }) {
  const { t, fmt } = useUi();
  const query = useJourneyRun(id, run);
  return (
    <div className="screen">
      <p>
        <Link href={`/journeys/${encodeURIComponent(id)}`}>← {t('journey_back_to_journey')}</Link>
      </p>
      <QueryView query={query} what="/v1/journeys/{id}/runs/{run}">
        {(loaded) => (
          <>
            <h1>{t('journey_run_title', { name: loaded.journey_name ?? loaded.journey_id })}</h1>
            <dl className="facts">
              <div>
                <dt>{t('journey_run_customer')}</dt>
                <dd>
                  <Link href={`/customers/${encodeURIComponent(loaded.customer_id)}`}>
                    {loaded.customer_id}
                  </Link>
                </dd>
              </div>
              <div>
                <dt>{t('journey_run_version')}</dt>
                <dd>{fmt.number(loaded.version)}</dd>
              </div>
              <div>
                <dt>{t('journey_run_entered')}</dt>
                <dd>{fmt.date(loaded.entered_at)}</dd>
              </div>
              <div>
                <dt>{t('journey_run_where')}</dt>
                <dd>{loaded.node ?? '—'}</dd>
              </div>
              <div>
                <dt>{t('journey_run_outcome')}</dt>
                <dd>
                  {outcomeLabel(t, loaded.outcome)}
                  {loaded.holdout && <span className="badge">{t('journey_run_holdout')}</span>}
                </dd>
              </div>
            </dl>
            <Panel title={t('journey_run_steps')} wide>
              <div className="table-scroll" data-testid="run-steps">
                <Table
                  rows={loaded.steps ?? []}
                  rowKey={(step) => String(step.seq)}
                  empty={t('journey_run_no_steps')}
                  columns={[
                    { header: t('journey_run_when'), cell: (step) => fmt.dateTime(step.at) },
                    {
                      header: t('journey_run_node'),
                      cell: (step) => (step.node ? <code>{step.node}</code> : '—'),
                    },
                    { header: t('journey_run_action'), cell: (step) => actionLabel(t, step.action) },
                    {
                      header: t('journey_run_detail'),
                      cell: (step) => <StepDetail detail={step.detail} />,
                    },
                  ]}
                />
              </div>
            </Panel>
          </>
        )}
      </QueryView>
    </div>
  );
}

/** A step's detail: a skip's reason in words, a delay's end as a time, other fields as written. */
function StepDetail({ detail }: { detail: Record<string, unknown> }) {
  const { t, fmt } = useUi();
  const parts = Object.entries(detail).map(([key, value]) => {
    if (key === 'reason' && typeof value === 'string') return wordOr(t, `journey_reason_${value}`, value);
    if (key === 'until' && typeof value === 'string')
      return t('journey_step_until', { at: fmt.dateTime(value) });
    return `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`;
  });
  return <span className="muted">{parts.join(' · ')}</span>;
}
