import { useMemo, useState } from 'react';
import { Chart } from '../../components/Chart.js';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import { readerLocale } from '../../i18n/format.js';
import { Link, navigate } from '../../router.js';
import { useUi } from '../../ui.js';
import { useDeleteSegment, useSegment, useSegmentHistory, useSegmentMembers } from './hooks.js';
import { SegmentStatus } from './Status.js';
import type { Segment } from './types.js';

/** One segment: what it means, its size over time, its members page by page, export and edit. */
export function SegmentDetail({ id }: { id: string }) {
  const { t } = useUi();
  const segment = useSegment(id);
  return (
    <div className="screen">
      <p>
        <Link href="/segments">← {t('segment_back')}</Link>
      </p>
      <QueryView query={segment} what="/v1/segments/{id}">
        {(data) => <Loaded segment={data} />}
      </QueryView>
    </div>
  );
}

function Loaded({ segment }: { segment: Segment }) {
  const { t, fmt, readOnly } = useUi();
  const remove = useDeleteSegment();
  const [confirming, setConfirming] = useState(false);
  const csv = `/v1/segments/${encodeURIComponent(segment.id)}/members.csv`;
  return (
    <>
      <header className="screen-header segment-header">
        <h1>
          {segment.name}
          {segment.ready_made && <span className="badge segment-ready-made">{t('segment_ready_made')}</span>}
        </h1>
        <div className="actions">
          {!readOnly && (
            <Link href={`/segments/${encodeURIComponent(segment.id)}/edit`} className="segment-button">
              {t('edit')}
            </Link>
          )}
          {/* The export is for admins and owners (it holds every member's email). */}
          {!readOnly && (
            <a href={csv} download className="segment-button">
              {t('segment_export_csv')}
            </a>
          )}
          {!readOnly &&
            (confirming ? (
              <>
                <button
                  type="button"
                  onClick={() => remove.mutate(segment.id, { onSuccess: () => navigate('/segments') })}
                >
                  {t('segment_delete_confirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('cancel')}
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirming(true)}>
                {t('segment_delete')}
              </button>
            ))}
        </div>
      </header>
      {remove.error !== null && (
        <p className="form-error" role="alert">
          {errorText(t, remove.error)}
        </p>
      )}
      <p className="segment-explanation" data-testid="segment-explanation">
        {segment.explanation}
      </p>
      {segment.description && <p className="muted">{segment.description}</p>}
      <dl className="facts">
        <div>
          <dt>{t('segment_members')}</dt>
          <dd data-testid="segment-members-count">{fmt.number(segment.members)}</dd>
        </div>
        <div>
          <dt>{t('col_status')}</dt>
          <dd>
            <SegmentStatus segment={segment} />
          </dd>
        </div>
        <div>
          <dt>{t('segment_updated')}</dt>
          <dd>{fmt.dateTime(segment.updated_at)}</dd>
        </div>
      </dl>
      <div className="panel-grid">
        <SizeOverTime segment={segment} />
        <Members segment={segment} />
      </div>
    </>
  );
}

function SizeOverTime({ segment }: { segment: Segment }) {
  const { t, language, workspace } = useUi();
  const history = useSegmentHistory(segment.id, segment.status === 'building');
  const points = history.data?.data;
  // The points are calendar days of the workspace already: written as UTC days, never shifted by a zone.
  const day = useMemo(
    () =>
      new Intl.DateTimeFormat(readerLocale(language, workspace?.locale), {
        timeZone: 'UTC',
        month: 'short',
        day: 'numeric',
      }),
    [language, workspace],
  );
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 16, top: 16, bottom: 32 },
      xAxis: {
        type: 'category',
        data: points?.map((point) => day.format(new Date(`${point.date}T00:00:00Z`))) ?? [],
      },
      yAxis: { type: 'value', minInterval: 1 },
      tooltip: { trigger: 'axis' },
      series: [
        { type: 'line', name: t('segment_members'), data: points?.map((point) => point.members) ?? [] },
      ],
    }),
    [points, day, t],
  );
  return (
    <Panel title={t('segment_size_over_time')} definition={t('segment_size_over_time_def')} wide>
      <QueryView query={history} what="/v1/segments/{id}/history">
        {() => <Chart option={option} label={t('segment_size_over_time')} height={240} />}
      </QueryView>
    </Panel>
  );
}

function Members({ segment }: { segment: Segment }) {
  const { t, fmt } = useUi();
  // The pages walked so far: each one's starting_after, so Previous goes back.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const members = useSegmentMembers(segment.id, cursors.at(-1)!);
  return (
    <Panel title={t('segment_members')} wide>
      <QueryView query={members} what="/v1/segments/{id}/members">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">
              {segment.status === 'building' ? t('segment_members_building') : t('segment_members_none')}
            </p>
          ) : (
            <div className={members.isPlaceholderData ? 'stale' : undefined}>
              <div className="table-scroll" data-testid="segment-members">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('col_name')}</th>
                      <th scope="col">{t('col_email')}</th>
                      <th scope="col">{t('segment_entered')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {page.data.map((member) => (
                      <tr key={member.customer_id}>
                        <td>
                          <Link href={`/customers/${encodeURIComponent(member.customer_id)}`}>
                            {member.name ?? member.customer_id}
                          </Link>
                        </td>
                        <td>{member.email ?? t('none')}</td>
                        <td>{fmt.dateTime(member.entered_at)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="pager">
                <button
                  type="button"
                  disabled={cursors.length === 1}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('previous_page')}
                </button>
                <button
                  type="button"
                  disabled={!page.has_more}
                  onClick={() => setCursors([...cursors, page.data.at(-1)!.customer_id])}
                >
                  {t('next_page')}
                </button>
              </div>
            </div>
          )
        }
      </QueryView>
    </Panel>
  );
}
