import { useUi } from '../../ui.js';
import { JourneyEditor } from './JourneyEditor.js';
import { JourneyList } from './JourneyList.js';
import { RunHistory } from './RunHistory.js';
import './journeys.css';

/** Journeys: /journeys (the list), /journeys/new, /journeys/{id} (editor, counts, lift) and a run's history. */
export function Journeys({ path }: { path: string }) {
  const { t } = useUi();
  if (path === '/journeys/new') return <JourneyEditor id={null} />;
  const run = /^\/journeys\/([^/]+)\/runs\/([^/]+)$/.exec(path);
  if (run) return <RunHistory id={decodeURIComponent(run[1]!)} run={decodeURIComponent(run[2]!)} />;
  const one = /^\/journeys\/([^/]+)$/.exec(path);
  if (one) return <JourneyEditor id={decodeURIComponent(one[1]!)} />;
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_journeys')}</h1>
      </header>
      <JourneyList />
    </div>
  );
}
