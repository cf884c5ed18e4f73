import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { useJourneyReport, useJourneys, type Journey } from '../../hooks/journeys.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { actionsFor, ConfirmAction } from './JourneyActions.js';
import { statusLabel, wordOr } from './words.js';

/** Every journey with its status, its counts, its lift in a line and what may be done to it now. */
export function JourneyList() {
  const { t, fmt, readOnly } = useUi();
  const journeys = useJourneys();
  return (
    <Panel
      title={t('journeys_title')}
      definition={t('journeys_def')}
      wide
      actions={
        !readOnly && (
          <Link href="/journeys/new" className="segment-button">
            {t('journey_new')}
          </Link>
        )
      }
    >
      <QueryView query={journeys} what="/v1/journeys">
        {(list) => (
          <div className="table-scroll" data-testid="journey-list">
            <Table
              rows={list.data}
              rowKey={(journey) => journey.id}
              empty={t('journeys_none')}
              columns={[
                {
                  header: t('col_name'),
                  cell: (journey) => (
                    <>
                      <Link href={`/journeys/${encodeURIComponent(journey.id)}`}>{journey.name}</Link>
                      {journey.ready_made && <span className="badge">{t('journey_ready_made')}</span>}
                      {journey.description && <div className="muted">{journey.description}</div>}
                    </>
                  ),
                },
                {
                  header: t('col_status'),
                  cell: (journey) => (
                    <span className={`badge journey-status-${journey.status}`}>
                      {statusLabel(t, journey.status)}
                    </span>
                  ),
                },
                {
                  header: t('journey_entered'),
                  numeric: true,
                  cell: (journey) => fmt.number(journey.counts.entered),
                },
                {
                  header: t('journey_in_progress'),
                  numeric: true,
                  cell: (journey) => fmt.number(journey.counts.in_progress),
                },
                {
                  header: t('journey_converted'),
                  numeric: true,
                  cell: (journey) => fmt.number(journey.counts.converted),
                },
                { header: t('journey_lift'), cell: (journey) => <LiftHeadline journey={journey} /> },
                {
                  header: t('journey_actions'),
                  action: true,
                  cell: (journey) =>
                    readOnly ? null : (
                      <div className="journey-row-actions">
                        {actionsFor(journey).map((action) => (
                          <ConfirmAction key={action} journey={journey} action={action} />
                        ))}
                      </div>
                    ),
                },
              ]}
            />
          </div>
        )}
      </QueryView>
      {journeys.data && journeys.data.unavailable.length > 0 && (
        <Unavailable list={journeys.data.unavailable} />
      )}
    </Panel>
  );
}

/** Ready-made journeys retain cannot offer yet (the NPS ask needs surveys), with what each is for. */
function Unavailable({ list }: { list: { ready_made: string; name: string; purpose: string }[] }) {
  const { t } = useUi();
  return (
    <div className="segment-unavailable" data-testid="journeys-unavailable">
      <h3>{t('journey_unavailable_title')}</h3>
      <ul className="plain-list">
        {list.map((made) => (
          <li key={made.ready_made}>
            <strong>{made.name}</strong> <span className="muted">{made.purpose}</span>{' '}
            <span className="muted">
              {wordOr(t, `journey_needs_${made.ready_made}`, t('journey_needs_more'))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The whole journey's conversion-rate lift with its interval, or why there is none yet. */
function LiftHeadline({ journey }: { journey: Journey }) {
  const { t, fmt } = useUi();
  const report = useJourneyReport(journey.status === 'draft' ? null : journey.id);
  const total = report.data?.total;
  if (journey.status === 'draft') return <span className="muted">—</span>;
  if (!total) return <span className="muted">{report.isPending ? t('loading') : '—'}</span>;
  const rate = total.lift.conversion_rate;
  if (!total.lift.enough_data || !rate || rate.low === null || rate.high === null) {
    return <span className="muted">{t('journey_not_enough_data_short')}</span>;
  }
  const show = (value: number) => (value > 0 ? `+${fmt.percent(value)}` : fmt.percent(value));
  return (
    <span>
      {t('journey_lift_interval', { lift: show(rate.lift), low: show(rate.low), high: show(rate.high) })}
    </span>
  );
}
