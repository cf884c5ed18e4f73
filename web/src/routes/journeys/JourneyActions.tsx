import { useState } from 'react';
import { errorText } from '../../components/States.js';
import {
  useJourneyAction,
  usePublishJourney,
  type Journey,
  type JourneyAction,
} from '../../hooks/journeys.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';

type Action = JourneyAction | 'publish';

/** The actions a journey's status allows: a draft publishes, a live one pauses, a paused one resumes; any but an archived one archives. */
export function actionsFor(journey: Journey): Action[] {
  switch (journey.status) {
    case 'draft':
      return ['publish', 'archive'];
    case 'live':
      return ['pause', 'archive'];
    case 'paused':
      return ['resume', 'archive'];
    case 'archived':
      return [];
  }
}

const words: Record<Action, { button: MessageKey; confirm: MessageKey; yes: MessageKey }> = {
  publish: { button: 'journey_publish', confirm: 'journey_publish_confirm', yes: 'journey_publish_yes' },
  pause: { button: 'journey_pause', confirm: 'journey_pause_confirm', yes: 'journey_pause_yes' },
  resume: { button: 'journey_resume', confirm: 'journey_resume_confirm', yes: 'journey_resume_yes' },
  archive: { button: 'journey_archive', confirm: 'journey_archive_confirm', yes: 'journey_archive_yes' },
};

/**
 * One action on a journey that asks once more before it acts (what it does to customers is said in
 * the question). Publishing from here keeps runs in flight on their version; the editor's publish
 * form offers moving them.
 */
export function ConfirmAction({ journey, action }: { journey: Journey; action: Action }) {
  const { t } = useUi();
  const [asking, setAsking] = useState(false);
  const publish = usePublishJourney();
  const act = useJourneyAction();
  const mutation = action === 'publish' ? publish : act;
  const text = words[action];
  const run = () => {
    const done = { onSuccess: () => setAsking(false) };
    if (action === 'publish') publish.mutate({ id: journey.id, inFlight: { mode: 'stay' } }, done);
    else act.mutate({ id: journey.id, action }, done);
  };
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)} aria-label={`${t(text.button)} ${journey.name}`}>
        {t(text.button)}
      </button>
    );
  }
  return (
    <div className="inline-form" role="group" aria-label={`${t(text.button)} ${journey.name}`}>
      <p>{t(text.confirm, { name: journey.name })}</p>
      <div className="actions">
        <button type="button" className="primary" autoFocus disabled={mutation.isPending} onClick={run}>
          {t(text.yes)}
        </button>
        <button type="button" onClick={() => setAsking(false)}>
          {t('journey_keep')}
        </button>
      </div>
      {mutation.error && (
        <p className="form-error" role="alert">
          {errorText(t, mutation.error)}
        </p>
      )}
    </div>
  );
}

/** The journey page's pause, resume and archive (publishing has its own form there). */
export function JourneyActions({ journey }: { journey: Journey }) {
  const { readOnly } = useUi();
  const actions = actionsFor(journey).filter((action) => action !== 'publish');
  if (readOnly || actions.length === 0) return null;
  return (
    <div className="actions journey-actions">
      {actions.map((action) => (
        <ConfirmAction key={action} journey={journey} action={action} />
      ))}
    </div>
  );
}
