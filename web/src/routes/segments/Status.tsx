import { useUi } from '../../ui.js';
import type { Segment } from './types.js';

/** Live, or building with how far the rebuild has got (a share when the total is known). */
export function SegmentStatus({ segment }: { segment: Segment }) {
  const { t, fmt } = useUi();
  if (segment.status === 'live')
    return <span className="badge segment-live-badge">{t('segment_status_live')}</span>;
  const rebuild = segment.rebuild;
  const share = rebuild?.total ? Math.min(1, rebuild.done / rebuild.total) : null;
  return (
    <span className="segment-building">
      <span className="badge segment-building-badge">
        {share === null
          ? t('segment_status_building')
          : t('segment_status_building_share', { share: fmt.percent(share) })}
      </span>
      {share !== null && (
        <progress max={1} value={share} aria-label={t('segment_rebuild_progress')}>
          {fmt.percent(share)}
        </progress>
      )}
    </span>
  );
}
