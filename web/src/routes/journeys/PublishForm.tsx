import { useState } from 'react';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText } from '../../components/States.js';
import type { usePublishJourney, Journey } from '../../hooks/journeys.js';
import { useUi } from '../../ui.js';
import type { Graph } from './graph.js';

/**
 * Publishing the saved draft as a new version. A journey with runs in flight says what becomes of
 * them: they stay on the version they entered with, or move to a named node of the new one.
 */
export function PublishForm(props: {
  journey: Journey;
  graph: Graph;
  dirty: boolean;
  blocked: boolean;
  /** The editor's: a refusal naming a node shows at that node. */
  publish: ReturnType<typeof usePublishJourney>;
  /** Whether the editor shows the publish refusal at a node or a setting (else it shows here). */
  refusalShown: boolean;
}) {
  const { t, fmt } = useUi();
  const { journey, graph, publish } = props;
  const [mode, setMode] = useState<'stay' | 'move'>('stay');
  const [node, setNode] = useState(graph.start);
  const [asking, setAsking] = useState(false);
  const hasRuns = journey.live_version !== null;
  const inFlight = journey.counts.in_progress;
  const submit = () =>
    publish.mutate(
      { id: journey.id, inFlight: mode === 'move' ? { mode, node } : { mode } },
      { onSuccess: () => setAsking(false) },
    );
  return (
    <Panel title={t('journey_publish_title')} definition={t('journey_publish_def')} wide>
      {props.dirty ? (
        <p className="muted">{t('journey_publish_save_first')}</p>
      ) : props.blocked ? (
        <p className="muted">{t('journey_publish_fix_first')}</p>
      ) : !asking ? (
        <button type="button" className="primary" onClick={() => setAsking(true)}>
          {hasRuns ? t('journey_publish_new_version') : t('journey_publish')}
        </button>
      ) : (
        <div className="inline-form" role="group" aria-label={t('journey_publish_title')}>
          {hasRuns ? (
            <fieldset className="journey-form">
              <legend>{t('journey_in_flight', { n: fmt.number(inFlight) })}</legend>
              <label className="checkbox">
                <input
                  type="radio"
                  name="in_flight"
                  checked={mode === 'stay'}
                  onChange={() => setMode('stay')}
                />
                {t('journey_in_flight_stay')}
              </label>
              <label className="checkbox">
                <input
                  type="radio"
                  name="in_flight"
                  checked={mode === 'move'}
                  onChange={() => setMode('move')}
                />
                {t('journey_in_flight_move')}
              </label>
              {mode === 'move' && (
                <SelectField
                  label={t('journey_in_flight_node')}
                  value={node}
                  onChange={setNode}
                  options={Object.keys(graph.nodes).map((id) => ({ value: id, label: id }))}
                />
              )}
            </fieldset>
          ) : (
            <p>{t('journey_publish_confirm', { name: journey.name })}</p>
          )}
          <div className="actions">
            <button type="button" className="primary" autoFocus disabled={publish.isPending} onClick={submit}>
              {t('journey_publish_yes')}
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              {t('journey_keep')}
            </button>
          </div>
        </div>
      )}
      {publish.error && !props.refusalShown && (
        <p className="form-error" role="alert">
          {errorText(t, publish.error)}
        </p>
      )}
    </Panel>
  );
}
