import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useSegments } from './hooks.js';
import { Sparkline } from './Sparkline.js';
import { SegmentStatus } from './Status.js';
import { readyMadeName } from './words.js';

/** Every segment with its size, its last 30 days, its state and what it means in a sentence. */
export function SegmentList() {
  const { t, fmt, readOnly } = useUi();
  const segments = useSegments();
  return (
    <Panel
      title={t('segments_title')}
      definition={t('segments_def')}
      wide
      actions={
        !readOnly && (
          <Link href="/segments/new" className="segment-button">
            {t('segment_new')}
          </Link>
        )
      }
    >
      <QueryView query={segments} what="/v1/segments">
        {(list) => (
          <div className="table-scroll" data-testid="segment-list">
            <Table
              rows={list.data}
              rowKey={(segment) => segment.id}
              empty={t('segments_none')}
              columns={[
                {
                  header: t('col_name'),
                  cell: (segment) => (
                    <>
                      <Link href={`/segments/${encodeURIComponent(segment.id)}`}>{segment.name}</Link>
                      {segment.ready_made && (
                        <span className="badge segment-ready-made">{t('segment_ready_made')}</span>
                      )}
                    </>
                  ),
                },
                {
                  header: t('segment_members'),
                  numeric: true,
                  cell: (segment) => <span data-testid="segment-size">{fmt.number(segment.members)}</span>,
                },
                {
                  header: t('segment_trend'),
                  cell: (segment) => (
                    <Sparkline id={segment.id} name={segment.name} building={segment.status === 'building'} />
                  ),
                },
                { header: t('col_status'), cell: (segment) => <SegmentStatus segment={segment} /> },
                {
                  header: t('segment_explanation'),
                  cell: (segment) => <span className="segment-explanation">{segment.explanation}</span>,
                },
              ]}
            />
          </div>
        )}
      </QueryView>
      {segments.data && segments.data.unavailable.length > 0 && (
        <Unavailable list={segments.data.unavailable} />
      )}
    </Panel>
  );
}

/** Ready-made segments retain cannot build yet (promoters and detractors need surveys), and why. */
function Unavailable({ list }: { list: { ready_made: string; name: string; reason: string }[] }) {
  const { t } = useUi();
  const surveys = new Set(['promoters', 'detractors']);
  return (
    <div className="segment-unavailable">
      <h3>{t('segment_unavailable_title')}</h3>
      <ul className="plain-list">
        {list.map((made) => (
          <li key={made.ready_made}>
            <strong>{readyMadeName(t, made.ready_made, made.name)}</strong>{' '}
            <span className="muted">
              {surveys.has(made.ready_made) ? t('segment_needs_surveys') : made.reason}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
