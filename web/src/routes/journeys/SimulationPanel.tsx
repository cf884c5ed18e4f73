import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { Panel } from '../../components/Panel.js';
import { errorText } from '../../components/States.js';
import { Table } from '../../components/Table.js';
import type { useSimulateJourney } from '../../hooks/journeys.js';
import { useUi } from '../../ui.js';
import { NumberInput } from '../segments/inputs.js';
import type { Graph } from './graph.js';
import { wordOr } from './words.js';

const defaultDays = 30;

/**
 * The draft on screen replayed over the last days of the log before it is switched on: how many
 * customers would have entered, where their runs would be, and how many messages each channel
 * would have sent. A refusal of the draft shows at its node in the editor above, as a save's does.
 */
export function SimulationPanel(props: {
  id: string;
  graph: Graph;
  simulate: ReturnType<typeof useSimulateJourney>;
}) {
  const { t, fmt } = useUi();
  const [days, setDays] = useState<number | undefined>(defaultDays);
  const { simulate } = props;
  const answer = simulate.data;
  const refusedAtNode = simulate.error instanceof ApiError && simulate.error.param?.startsWith('graph');
  return (
    <Panel title={t('journey_simulate_title')} definition={t('journey_simulate_def')} wide>
      <div className="journey-row" data-testid="journey-simulation">
        <NumberInput label={t('journey_simulate_days')} value={days} min={1} step={1} onChange={setDays} />
        <button
          type="button"
          disabled={simulate.isPending || days === undefined}
          onClick={() => simulate.mutate({ id: props.id, days: days ?? defaultDays, graph: props.graph })}
        >
          {t('journey_simulate_run')}
        </button>
      </div>
      {simulate.error && !refusedAtNode && (
        <p className="form-error" role="alert">
          {errorText(t, simulate.error)}
        </p>
      )}
      {answer && (
        <div role="status">
          <p>
            {t('journey_sim_entered', {
              entered: fmt.number(answer.entered),
              customers: fmt.number(answer.customers),
              from: fmt.date(answer.from),
            })}
          </p>
          {!answer.entry_replayed && (
            <p className="muted">
              {wordOr(
                t,
                `journey_sim_${answer.entry_not_replayed_reason ?? ''}`,
                t('journey_sim_not_replayed'),
              )}
            </p>
          )}
          <dl className="facts">
            <div>
              <dt>{t('journey_in_progress')}</dt>
              <dd>{fmt.number(answer.in_progress)}</dd>
            </div>
            <div>
              <dt>{t('journey_sim_conversions')}</dt>
              <dd>{fmt.number(answer.conversions)}</dd>
            </div>
            <div>
              <dt>{t('journey_exited')}</dt>
              <dd>{fmt.number(answer.ended.exited)}</dd>
            </div>
            <div>
              <dt>{t('journey_run_holdout')}</dt>
              <dd>{fmt.number(answer.holdout)}</dd>
            </div>
          </dl>
          <div className="journey-lift-charts">
            <Table
              rows={Object.entries(answer.messages)}
              rowKey={([channel]) => channel}
              empty={t('journey_sim_no_messages')}
              columns={[
                {
                  header: t('journey_channel'),
                  cell: ([channel]) => wordOr(t, `channel_${channel}`, channel),
                },
                { header: t('journey_sim_messages'), numeric: true, cell: ([, count]) => fmt.number(count) },
              ]}
            />
            <Table
              rows={Object.entries(answer.at_nodes)}
              rowKey={([node]) => node}
              empty={t('journey_sim_none_waiting')}
              columns={[
                { header: t('journey_run_node'), cell: ([node]) => <code>{node}</code> },
                { header: t('journey_sim_at_node'), numeric: true, cell: ([, count]) => fmt.number(count) },
              ]}
            />
          </div>
          {answer.truncated && <p className="muted">{t('journey_sim_truncated')}</p>}
        </div>
      )}
    </Panel>
  );
}
