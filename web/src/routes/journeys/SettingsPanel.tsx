import { useId } from 'react';
import { Field, SelectField } from '../../components/Field.js';
import { RichText } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { NumberInput } from '../segments/inputs.js';
import { useSegments } from '../segments/hooks.js';
import type { Graph, Json } from './graph.js';
import { DateFieldInput } from './NodePanel.js';
import { LocalTimeField } from './time-fields.js';
import { wordOr } from './words.js';

const entryKinds = ['event', 'segment', 'lifecycle', 'date', 'api'];
const stages = ['prospect', 'new', 'repeat', 'loyal', 'at_risk', 'lapsed', 'reactivated'];
const periods = ['day', 'week', 'month', 'year'];

const entryDefaults: Record<string, Json> = {
  event: { kind: 'event', event: 'Order Completed' },
  segment: { kind: 'segment', segment: '', on: 'entered' },
  lifecycle: { kind: 'lifecycle', stage: 'at_risk' },
  date: { kind: 'date', field: 'profile.birthday', at: '09:00' },
  api: { kind: 'api' },
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The journey's own settings: how customers enter (and the key that makes one run per cart), when
 * they may enter again, the goal that counts a conversion, the exits that end a run wherever it is,
 * and the holdout that measures the lift. `errorAt` gives the server's refusal of a `graph.…` path.
 */
export function SettingsPanel(props: {
  graph: Graph;
  onGraph: (graph: Graph) => void;
  errorAt: (path: string) => string | null;
}) {
  const { t } = useUi();
  const headingId = useId();
  const { graph, onGraph, errorAt } = props;
  const set = (changes: Partial<Graph>) => onGraph({ ...graph, ...changes });
  const entry = graph.entry;
  const setEntry = (changes: Json) => set({ entry: { ...entry, ...changes } as Graph['entry'] });
  const reentry = graph.reentry;
  const keyed = entry.kind === 'event' || entry.kind === 'api';
  return (
    <section className="journey-side" aria-labelledby={headingId} data-testid="settings-panel">
      <h2 id={headingId} tabIndex={-1} className="journey-side-title">
        {t('journey_settings')}
      </h2>
      <fieldset className="journey-form">
        <legend>{t('journey_entry')}</legend>
        <SelectField
          label={t('journey_entry_kind')}
          value={entry.kind}
          onChange={(kind) =>
            set({
              entry: entryDefaults[kind] as Graph['entry'],
              ...(kind === 'event' || kind === 'api' ? {} : { entry_key: null }),
            })
          }
          options={entryKinds.map((kind) => ({
            value: kind,
            label: wordOr(t, `journey_entry_${kind}`, kind),
          }))}
        />
        {entry.kind === 'event' && (
          <Field
            label={t('journey_entry_event_name')}
            value={text(entry.event)}
            error={errorAt('entry.event') ?? errorAt('entry.where')}
            onChange={(event) => setEntry({ event: event.target.value })}
          />
        )}
        {entry.kind === 'segment' && (
          <SegmentEntry entry={entry} setEntry={setEntry} error={errorAt('entry.segment')} />
        )}
        {entry.kind === 'lifecycle' && (
          <SelectField
            label={t('journey_entry_stage')}
            value={text(entry.stage)}
            onChange={(stage) => setEntry({ stage })}
            options={stages.map((stage) => ({ value: stage, label: wordOr(t, `stage_${stage}`, stage) }))}
          />
        )}
        {entry.kind === 'date' && (
          <>
            <DateFieldInput
              value={text(entry.field)}
              error={errorAt('entry.field')}
              onChange={(field) => setEntry({ field })}
            />
            <NumberInput
              label={t('journey_days_before')}
              value={entry.days_before}
              min={0}
              step={1}
              error={errorAt('entry.days_before')}
              onChange={(days_before) => setEntry({ days_before })}
            />
            <LocalTimeField
              value={text(entry.at)}
              error={errorAt('entry.at')}
              onChange={(at) => setEntry({ at })}
            />
          </>
        )}
        {keyed && (
          <Field
            label={t('journey_entry_key')}
            hint={<RichText text={t('journey_entry_key_hint')} />}
            value={graph.entry_key ?? ''}
            error={errorAt('entry_key')}
            onChange={(event) => set({ entry_key: event.target.value || null })}
          />
        )}
      </fieldset>
      <fieldset className="journey-form">
        <legend>{t('journey_reentry')}</legend>
        <SelectField
          label={t('journey_reentry')}
          value={reentry.mode}
          onChange={(mode) =>
            set({ reentry: (mode === 'once_per' ? { mode, period: 'month' } : { mode }) as Graph['reentry'] })
          }
          options={['never', 'after_end', 'once_per'].map((mode) => ({
            value: mode,
            label: wordOr(t, `journey_reentry_${mode}`, mode),
          }))}
        />
        {reentry.mode === 'once_per' && (
          <SelectField
            label={t('journey_reentry_period')}
            value={text(reentry.period)}
            onChange={(period) => set({ reentry: { mode: 'once_per', period } })}
            options={periods.map((period) => ({
              value: period,
              label: wordOr(t, `journey_period_${period}`, period),
            }))}
          />
        )}
      </fieldset>
      <GoalFields graph={graph} set={set} errorAt={errorAt} />
      <ExitFields graph={graph} set={set} errorAt={errorAt} />
      <NumberInput
        label={t('journey_holdout')}
        hint={t('journey_holdout_hint')}
        value={graph.holdout_percent ?? 10}
        min={0}
        step={1}
        error={errorAt('holdout_percent')}
        onChange={(holdout_percent) => set({ holdout_percent })}
      />
    </section>
  );
}

function SegmentEntry(props: { entry: Json; setEntry: (changes: Json) => void; error: string | null }) {
  const { t } = useUi();
  const segments = useSegments();
  return (
    <>
      <SelectField
        label={t('journey_segment')}
        value={text(props.entry.segment)}
        onChange={(segment) => props.setEntry({ segment })}
        options={[
          { value: '', label: t('journey_choose') },
          ...(segments.data?.data ?? []).map((segment) => ({ value: segment.id, label: segment.name })),
        ]}
      />
      {props.error && <p className="field-error">{props.error}</p>}
      <SelectField
        label={t('journey_segment_on')}
        value={text(props.entry.on) || 'entered'}
        onChange={(on) => props.setEntry({ on })}
        options={['entered', 'exited'].map((on) => ({
          value: on,
          label: wordOr(t, `journey_segment_${on}`, on),
        }))}
      />
    </>
  );
}

type PartProps = {
  graph: Graph;
  set: (changes: Partial<Graph>) => void;
  errorAt: (path: string) => string | null;
};

function GoalFields({ graph, set, errorAt }: PartProps) {
  const { t } = useUi();
  const goal = graph.goal ?? null;
  return (
    <fieldset className="journey-form">
      <legend>{t('journey_goal')}</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={goal !== null}
          onChange={(event) =>
            set({ goal: event.target.checked ? { event: 'Order Completed', within_days: 7 } : null })
          }
        />
        {t('journey_goal_on')}
      </label>
      {goal && (
        <>
          <Field
            label={t('journey_goal_event')}
            value={goal.event}
            error={errorAt('goal.event')}
            onChange={(event) => set({ goal: { ...goal, event: event.target.value } })}
          />
          <NumberInput
            label={t('journey_goal_within')}
            value={goal.within_days}
            min={1}
            step={1}
            error={errorAt('goal.within_days')}
            onChange={(within_days) => set({ goal: { ...goal, within_days: within_days ?? 0 } })}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              checked={goal.continue === true}
              onChange={(event) => set({ goal: { ...goal, continue: event.target.checked || undefined } })}
            />
            {t('journey_goal_continue')}
          </label>
        </>
      )}
    </fieldset>
  );
}

function ExitFields({ graph, set, errorAt }: PartProps) {
  const { t } = useUi();
  const exits = graph.exits ?? [];
  const setExit = (index: number, exit: Json | null) =>
    set({
      exits:
        exit === null
          ? exits.filter((_, at) => at !== index)
          : exits.map((one, at) => (at === index ? exit : one)),
    });
  return (
    <fieldset className="journey-form">
      <legend>{t('journey_exits')}</legend>
      <p className="field-hint">{t('journey_exits_hint')}</p>
      {exits.map((exit, index) => (
        <div key={index} className="journey-row">
          {'segment' in exit ? (
            <SegmentExit exit={exit} n={index + 1} error={errorAt(`exits[${index}]`)} />
          ) : (
            <Field
              label={t('journey_exit_event', { n: index + 1 })}
              value={text(exit.event)}
              error={errorAt(`exits[${index}]`)}
              onChange={(event) => setExit(index, { ...exit, event: event.target.value })}
            />
          )}
          <button
            type="button"
            aria-label={t('journey_exit_remove', { n: index + 1 })}
            onClick={() => setExit(index, null)}
          >
            {t('journey_remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => set({ exits: [...exits, { event: 'Order Completed' }] })}>
        {t('journey_exit_add')}
      </button>
    </fieldset>
  );
}

/** An exit on a segment change (the ready-made journeys have some): shown by the segment's name. */
function SegmentExit(props: { exit: Json; n: number; error: string | null }) {
  const { t } = useUi();
  const segments = useSegments();
  const id = text(props.exit.segment);
  const name = segments.data?.data.find((segment) => segment.id === id)?.name ?? id;
  return (
    <div className="field">
      <span>{t('journey_exit_segment', { n: props.n, name })}</span>{' '}
      <span className="muted">
        {wordOr(t, `journey_segment_${text(props.exit.on)}`, text(props.exit.on))}
      </span>
      {props.error && <div className="field-error">{props.error}</div>}
    </div>
  );
}
