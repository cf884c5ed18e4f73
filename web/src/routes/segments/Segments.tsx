import { useUi } from '../../ui.js';
import { SegmentBuilder } from './SegmentBuilder.js';
import { SegmentDetail } from './SegmentDetail.js';
import { SegmentList } from './SegmentList.js';
import './segments.css';

/** Segments: /segments (the list), /segments/new, /segments/{id} and /segments/{id}/edit. */
export function Segments({ path }: { path: string }) {
  const { t } = useUi();
  if (path === '/segments/new') return <SegmentBuilder id={null} />;
  const edit = /^\/segments\/([^/]+)\/edit$/.exec(path);
  if (edit) return <SegmentBuilder id={decodeURIComponent(edit[1]!)} />;
  const one = /^\/segments\/([^/]+)$/.exec(path);
  if (one) return <SegmentDetail id={decodeURIComponent(one[1]!)} />;
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_segments')}</h1>
      </header>
      <SegmentList />
    </div>
  );
}
