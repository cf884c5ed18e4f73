import { useId, type ReactNode } from 'react';
import type { ApiError } from '../../api/client.js';
import { RichText } from '../../components/States.js';
import { Field, SelectField } from '../../components/Field.js';
import type { Template } from '../../hooks/messages.js';
import { languageNames } from '../../i18n/catalogue.js';
import { currencyExponent } from '../../i18n/format.js';
import { useUi } from '../../ui.js';
import { NumberInput } from '../segments/inputs.js';
import { conditionErrorText } from '../segments/words.js';
import { BranchCondition } from './BranchCondition.js';
import type { Issue } from './checks.js';
import {
  edgeFields,
  freshId,
  newNode,
  nodeTypes,
  pathsOf,
  targetOf,
  withoutNode,
  withTarget,
  type Graph,
  type GraphNode,
  type Json,
  type NodeType,
} from './graph.js';
import { DurationFields, LocalTimeField, WeekdayFields } from './time-fields.js';
import { edgeLabel, nodeTypeLabel, wordOr } from './words.js';

const channels = ['email', 'sms', 'line', 'zalo', 'whatsapp', 'push', 'webhook', 'in_app'];
const languages = ['en', 'vi', 'th', 'ja'] as const;

export interface NodeRefusal {
  /** What the server named under the node (`timeout`, `template.by_language.vi`), '' for the node. */
  rest: string;
  error: ApiError;
}

export interface TemplateChoices {
  templates: Template[];
  library: { key: string; channel: string; name: string }[];
}

/** One node's settings in the side panel: its own form, where each edge leads, and its problems. */
export function NodePanel(props: {
  id: string;
  graph: Graph;
  onGraph: (graph: Graph) => void;
  issues: Issue[];
  refusal: NodeRefusal | null;
  choices: TemplateChoices;
  onSelect: (id: string) => void;
}) {
  const { t, language } = useUi();
  const { id, graph, onGraph, refusal } = props;
  const node = graph.nodes[id]!;
  const setNode = (next: GraphNode) => onGraph({ ...graph, nodes: { ...graph.nodes, [id]: next } });
  const set = (changes: Json) => setNode({ ...node, ...changes } as GraphNode);
  const errorAt = (part: string) =>
    refusal &&
    (refusal.rest === part || refusal.rest.startsWith(`${part}.`) || refusal.rest.startsWith(`${part}[`))
      ? conditionErrorText(t, language, refusal.error)
      : null;
  const headingId = useId();
  return (
    <section className="journey-side" aria-labelledby={headingId} data-testid="node-panel">
      <h2 id={headingId} tabIndex={-1} className="journey-side-title">
        {nodeTypeLabel(t, node.type)} <code>{id}</code>
      </h2>
      {(props.issues.length > 0 || (refusal && !handledRest(node, refusal.rest))) && (
        <ul className="journey-issues" role="alert">
          {props.issues.map((issue) => (
            <li key={`${issue.key}${JSON.stringify(issue.values)}`}>{t(issue.key, issue.values)}</li>
          ))}
          {refusal && !handledRest(node, refusal.rest) && (
            <li>{conditionErrorText(t, language, refusal.error)}</li>
          )}
        </ul>
      )}
      <NodeForm node={node} set={set} errorAt={errorAt} refusal={refusal} choices={props.choices} />
      <EdgeSelects {...props} node={node} errorAt={errorAt} />
      <div className="actions">
        {graph.start !== id && (
          <button type="button" onClick={() => onGraph({ ...graph, start: id })}>
            {t('journey_make_start')}
          </button>
        )}
        <button
          type="button"
          onClick={() => {
            const rest = withoutNode(graph, id);
            onGraph(rest);
            if (rest.nodes[rest.start]) props.onSelect(rest.start);
          }}
          disabled={Object.keys(graph.nodes).length === 1}
        >
          {t('journey_remove_node')}
        </button>
      </div>
    </section>
  );
}

/** Refusal parts a form field shows beside itself; others go in the panel's list. */
function handledRest(node: GraphNode, rest: string): boolean {
  const shown: Record<NodeType, string[]> = {
    message: ['channel', 'template', 'priority', 'topic', 'late_after_minutes'],
    delay: ['for', 'until_time', 'until_date'],
    wait: ['event', 'timeout', 'where', 'same_entry_key'],
    branch: ['condition'],
    split: ['paths'],
    points: ['points', 'reason'],
    coupon: ['name', 'kind', 'amount_off_minor', 'percent_off', 'minimum_order_minor', 'expires_in_days'],
    trait: ['trait', 'value'],
    event: ['event', 'properties'],
    exit: [],
  };
  return [...shown[node.type], ...edgeFields(node)].some(
    (part) => rest === part || rest.startsWith(`${part}.`) || rest.startsWith(`${part}[`),
  );
}

type FormProps = {
  node: GraphNode;
  set: (changes: Json) => void;
  errorAt: (part: string) => string | null;
  refusal: NodeRefusal | null;
  choices: TemplateChoices;
};

function NodeForm(props: FormProps) {
  switch (props.node.type) {
    case 'message':
      return <MessageForm {...props} />;
    case 'delay':
      return <DelayForm {...props} />;
    case 'wait':
      return <WaitForm {...props} />;
    case 'branch':
      return <BranchForm {...props} />;
    case 'split':
      return <SplitForm {...props} />;
    case 'points':
      return <PointsForm {...props} />;
    case 'coupon':
      return <CouponForm {...props} />;
    case 'trait':
      return <TraitForm {...props} />;
    case 'event':
      return <EventForm {...props} />;
    case 'exit':
      return <ExitNote />;
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function MessageForm({ node, set, errorAt, choices }: FormProps) {
  const { t } = useUi();
  const channel = text(node.channel) || 'email';
  const template = (node.template ?? { by_language: {} }) as Json;
  const fromLibrary = 'library' in template;
  const byLanguage = (template.by_language ?? {}) as Record<string, string>;
  const library = choices.library.filter((one) => one.channel === channel);
  const own = choices.templates.filter((one) => one.channel === channel && !one.archived);
  return (
    <div className="journey-form">
      <SelectField
        label={t('journey_channel')}
        value={channel}
        onChange={(value) => set({ channel: value })}
        options={channels.map((kind) => ({ value: kind, label: wordOr(t, `channel_${kind}`, kind) }))}
      />
      <SelectField
        label={t('journey_template_source')}
        value={fromLibrary ? 'library' : 'by_language'}
        onChange={(value) =>
          set({ template: value === 'library' ? { library: library[0]?.key ?? '' } : { by_language: {} } })
        }
        options={[
          { value: 'library', label: t('journey_template_library') },
          { value: 'by_language', label: t('journey_template_own') },
        ]}
      />
      {fromLibrary ? (
        <ErrorSelect
          label={t('journey_library_template')}
          value={text(template.library)}
          error={errorAt('template')}
          onChange={(value) => set({ template: { library: value } })}
          options={[
            { value: '', label: t('journey_choose') },
            ...library.map((one) => ({ value: one.key, label: one.name })),
          ]}
        />
      ) : (
        <fieldset className="journey-languages">
          <legend>{t('journey_templates_by_language')}</legend>
          {languages.map((code) => (
            <ErrorSelect
              key={code}
              label={languageNames[code]}
              value={byLanguage[code] ?? ''}
              error={errorAt(`template.by_language.${code}`)}
              onChange={(value) => {
                const { [code]: _dropped, ...rest } = byLanguage;
                set({ template: { by_language: value ? { ...rest, [code]: value } : rest } });
              }}
              options={[
                { value: '', label: t('journey_no_template') },
                ...own.map((one) => ({ value: one.id, label: one.name })),
              ]}
            />
          ))}
        </fieldset>
      )}
      <SelectField
        label={t('journey_priority')}
        value={text(node.priority) || 'triggered'}
        onChange={(value) => set({ priority: value })}
        options={['transactional', 'triggered', 'promotional'].map((value) => ({
          value,
          label: wordOr(t, `journey_priority_${value}`, value),
        }))}
      />
      <Field
        label={t('journey_topic')}
        value={text(node.topic)}
        error={errorAt('topic')}
        onChange={(event) => set({ topic: event.target.value || undefined })}
      />
      <NumberInput
        label={t('journey_late_after')}
        hint={t('journey_late_after_hint')}
        value={node.late_after_minutes}
        error={errorAt('late_after_minutes')}
        min={1}
        onChange={(value) => set({ late_after_minutes: value })}
      />
    </div>
  );
}

type DelayMode = 'for' | 'until_time' | 'until_date';
const delayModes: DelayMode[] = ['for', 'until_time', 'until_date'];

function DelayForm({ node, set, errorAt }: FormProps) {
  const { t } = useUi();
  const mode = delayModes.find((one) => node[one] !== undefined) ?? 'for';
  const choose = (next: string) => {
    const defaults: Record<DelayMode, Json> = {
      for: { days: 1 },
      until_time: { at: '09:00' },
      until_date: { field: 'profile.birthday', offset_days: 0, at: '09:00' },
    };
    const rest = Object.fromEntries(
      Object.entries(node).filter(([key]) => !delayModes.includes(key as DelayMode)),
    );
    set({
      ...rest,
      for: undefined,
      until_time: undefined,
      until_date: undefined,
      [next]: defaults[next as DelayMode],
    });
  };
  const untilTime = (node.until_time ?? {}) as Json;
  const untilDate = (node.until_date ?? {}) as Json;
  return (
    <div className="journey-form">
      <SelectField
        label={t('journey_delay_mode')}
        value={mode}
        onChange={choose}
        options={delayModes.map((value) => ({ value, label: wordOr(t, `journey_delay_${value}`, value) }))}
      />
      {mode === 'for' && (
        <DurationFields
          legend={t('journey_delay_for')}
          value={node.for as Json}
          error={errorAt('for')}
          onChange={(value) => set({ for: value })}
        />
      )}
      {mode === 'until_time' && (
        <>
          <LocalTimeField
            value={text(untilTime.at)}
            error={errorAt('until_time.at')}
            onChange={(at) => set({ until_time: { ...untilTime, at } })}
          />
          <WeekdayFields
            value={untilTime.weekdays as number[] | undefined}
            onChange={(weekdays) => set({ until_time: { ...untilTime, weekdays } })}
          />
        </>
      )}
      {mode === 'until_date' && (
        <>
          <DateFieldInput
            value={text(untilDate.field)}
            error={errorAt('until_date.field')}
            onChange={(field) => set({ until_date: { ...untilDate, field } })}
          />
          <NumberInput
            label={t('journey_offset_days')}
            hint={t('journey_offset_days_hint')}
            value={untilDate.offset_days}
            step={1}
            error={errorAt('until_date.offset_days')}
            onChange={(offset_days) => set({ until_date: { ...untilDate, offset_days } })}
          />
          <LocalTimeField
            value={text(untilDate.at)}
            error={errorAt('until_date.at')}
            onChange={(at) => set({ until_date: { ...untilDate, at } })}
          />
        </>
      )}
    </div>
  );
}

/** A date the journey reads: the birthday, the first order, or a date trait by its name. */
export function DateFieldInput(props: {
  value: string;
  error: string | null;
  onChange: (value: string) => void;
}) {
  const { t } = useUi();
  const known = ['profile.birthday', 'orders.first_order_at'];
  const trait = props.value.startsWith('traits.');
  return (
    <>
      <SelectField
        label={t('journey_date_field')}
        value={trait ? 'traits' : props.value}
        onChange={(value) => props.onChange(value === 'traits' ? 'traits.' : value)}
        options={[
          ...known.map((value) => ({
            value,
            label: wordOr(t, `journey_date_${value.replace('.', '_')}`, value),
          })),
          { value: 'traits', label: t('journey_date_trait') },
        ]}
      />
      {trait && (
        <Field
          label={t('journey_trait_name')}
          value={props.value.slice('traits.'.length)}
          error={props.error}
          onChange={(event) => props.onChange(`traits.${event.target.value}`)}
        />
      )}
      {!trait && props.error && <p className="field-error">{props.error}</p>}
    </>
  );
}

function WaitForm({ node, set, errorAt }: FormProps) {
  const { t } = useUi();
  return (
    <div className="journey-form">
      <Field
        label={t('journey_wait_event')}
        value={text(node.event)}
        error={errorAt('event') ?? errorAt('where')}
        onChange={(event) => set({ event: event.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={node.same_entry_key === true}
          onChange={(event) => set({ same_entry_key: event.target.checked || undefined })}
        />
        {t('journey_same_entry_key')}
      </label>
      {errorAt('same_entry_key') && <p className="field-error">{errorAt('same_entry_key')}</p>}
      <DurationFields
        legend={t('journey_wait_timeout')}
        value={node.timeout as Json | undefined}
        error={errorAt('timeout')}
        onChange={(timeout) => set({ timeout })}
      />
      <p className="field-hint">{t('journey_wait_branches')}</p>
    </div>
  );
}

function BranchForm({ node, set, refusal }: FormProps) {
  const { t } = useUi();
  const under =
    refusal && (refusal.rest === 'condition' || refusal.rest.startsWith('condition'))
      ? { rest: refusal.rest.slice('condition'.length), error: refusal.error }
      : null;
  return (
    <div className="journey-form">
      <p className="field-hint">{t('journey_branch_hint')}</p>
      <BranchCondition
        condition={(node.condition ?? {}) as Json}
        onChange={(condition) => set({ condition })}
        refusal={under}
      />
    </div>
  );
}

function SplitForm({ node, set, errorAt }: FormProps) {
  const { t, fmt } = useUi();
  const paths = pathsOf(node);
  const total = paths.reduce((sum, path) => sum + (Number(path.percent) || 0), 0);
  const setPaths = (next: { percent: number; next?: string }[]) => set({ paths: next });
  return (
    <fieldset className="journey-form">
      <legend>{t('journey_split_paths')}</legend>
      {paths.map((path, index) => (
        <div key={index} className="journey-row">
          <NumberInput
            label={t('journey_split_percent', { n: index + 1 })}
            value={path.percent}
            min={1}
            step={1}
            error={errorAt(`paths[${index}]`)}
            onChange={(percent) =>
              setPaths(paths.map((one, at) => (at === index ? { ...one, percent: percent ?? 0 } : one)))
            }
          />
          {paths.length > 2 && (
            <button
              type="button"
              aria-label={t('journey_split_remove', { n: index + 1 })}
              onClick={() => setPaths(paths.filter((_, at) => at !== index))}
            >
              {t('journey_remove')}
            </button>
          )}
        </div>
      ))}
      <p className={total === 100 ? 'field-hint' : 'field-error'}>
        {t('journey_split_total', { total: fmt.number(total) })}
      </p>
      {errorAt('paths') && <p className="field-error">{errorAt('paths')}</p>}
      <button type="button" onClick={() => setPaths([...paths, { percent: 0 }])}>
        {t('journey_split_add')}
      </button>
    </fieldset>
  );
}

function PointsForm({ node, set, errorAt }: FormProps) {
  const { t } = useUi();
  return (
    <div className="journey-form">
      <NumberInput
        label={t('journey_points')}
        value={node.points}
        min={1}
        step={1}
        error={errorAt('points')}
        onChange={(points) => set({ points })}
      />
      <Field
        label={t('journey_points_reason')}
        value={text(node.reason)}
        error={errorAt('reason')}
        onChange={(event) => set({ reason: event.target.value || undefined })}
      />
    </div>
  );
}

function CouponForm({ node, set, errorAt }: FormProps) {
  const { t, workspace } = useUi();
  const scale = 10 ** currencyExponent(workspace?.currency ?? 'USD');
  const kind = text(node.kind) || 'percent_off';
  return (
    <div className="journey-form">
      <Field
        label={t('journey_coupon_name')}
        value={text(node.name)}
        error={errorAt('name')}
        onChange={(event) => set({ name: event.target.value })}
      />
      <SelectField
        label={t('journey_coupon_kind')}
        value={kind}
        onChange={(value) => set({ kind: value })}
        options={['percent_off', 'amount_off', 'free_shipping'].map((value) => ({
          value,
          label: wordOr(t, `journey_coupon_${value}`, value),
        }))}
      />
      {kind === 'percent_off' && (
        <NumberInput
          label={t('journey_coupon_percent')}
          value={node.percent_off}
          min={1}
          step={1}
          error={errorAt('percent_off')}
          onChange={(percent_off) => set({ percent_off })}
        />
      )}
      {kind === 'amount_off' && (
        <NumberInput
          label={t('journey_coupon_amount', { currency: workspace?.currency ?? '' })}
          value={node.amount_off_minor}
          scale={scale}
          min={0}
          error={errorAt('amount_off_minor')}
          onChange={(amount_off_minor) => set({ amount_off_minor })}
        />
      )}
      <NumberInput
        label={t('journey_coupon_minimum', { currency: workspace?.currency ?? '' })}
        value={node.minimum_order_minor}
        scale={scale}
        min={0}
        error={errorAt('minimum_order_minor')}
        onChange={(minimum_order_minor) => set({ minimum_order_minor })}
      />
      <NumberInput
        label={t('journey_coupon_expires')}
        value={node.expires_in_days}
        min={1}
        step={1}
        error={errorAt('expires_in_days')}
        onChange={(expires_in_days) => set({ expires_in_days })}
      />
    </div>
  );
}

function TraitForm({ node, set, errorAt }: FormProps) {
  const { t } = useUi();
  return (
    <div className="journey-form">
      <Field
        label={t('journey_trait_name')}
        value={text(node.trait)}
        error={errorAt('trait')}
        onChange={(event) => set({ trait: event.target.value })}
      />
      <Field
        label={t('journey_trait_value')}
        value={node.value === null || node.value === undefined ? '' : String(node.value)}
        error={errorAt('value')}
        onChange={(event) => set({ value: event.target.value })}
      />
    </div>
  );
}

function EventForm({ node, set, errorAt }: FormProps) {
  const { t } = useUi();
  return (
    <div className="journey-form">
      <Field
        label={t('journey_event_name')}
        value={text(node.event)}
        error={errorAt('event')}
        onChange={(event) => set({ event: event.target.value })}
      />
      <JsonField
        label={t('journey_event_properties')}
        value={(node.properties ?? {}) as Json}
        error={errorAt('properties')}
        onChange={(properties) => set({ properties })}
      />
    </div>
  );
}

/** An object typed as JSON: kept while it reads as an object, the text shown as typed. */
function JsonField(props: {
  label: string;
  value: Json;
  error: string | null;
  onChange: (value: Json) => void;
}) {
  const { t } = useUi();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        defaultValue={JSON.stringify(props.value)}
        onChange={(event) => {
          try {
            const parsed: unknown = JSON.parse(event.target.value || '{}');
            if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
              props.onChange(parsed as Json);
          } catch {
            // Half-typed JSON: the last object that read stays in the graph until this one reads.
          }
        }}
      />
      <div className={props.error ? 'field-error' : 'field-hint'}>
        {props.error ?? <RichText text={t('journey_json_hint')} />}
      </div>
    </div>
  );
}

function ExitNote() {
  const { t } = useUi();
  return <p className="field-hint">{t('journey_exit_hint')}</p>;
}

function ErrorSelect(props: {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  const { options, ...select } = props;
  return (
    <LabelledSelect {...select}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </LabelledSelect>
  );
}

/** Where each edge of the node leads: an existing node, a new node of a type, or the run's end. */
function EdgeSelects(props: {
  id: string;
  node: GraphNode;
  graph: Graph;
  onGraph: (graph: Graph) => void;
  onSelect: (id: string) => void;
  errorAt: (part: string) => string | null;
}) {
  const { t } = useUi();
  const { id, node, graph } = props;
  const fields = edgeFields(node);
  if (fields.length === 0) return null;
  const lead = (field: string, choice: string) => {
    if (choice.startsWith('new:')) {
      const type = choice.slice(4) as NodeType;
      const added = freshId(graph, type);
      props.onGraph({
        ...graph,
        nodes: { ...graph.nodes, [id]: withTarget(node, field, added), [added]: newNode(type) },
      });
      props.onSelect(added);
      return;
    }
    props.onGraph({
      ...graph,
      nodes: { ...graph.nodes, [id]: withTarget(node, field, choice || undefined) },
    });
  };
  return (
    <fieldset className="journey-form journey-edges">
      <legend>{t('journey_leads_to')}</legend>
      {fields.map((field) => (
        <LabelledSelect
          key={field}
          label={edgeLabel(t, node, field)}
          value={targetOf(node, field) ?? ''}
          error={props.errorAt(field)}
          onChange={(choice) => lead(field, choice)}
        >
          <option value="">{t('journey_end_here')}</option>
          <optgroup label={t('journey_existing_nodes')}>
            {Object.keys(graph.nodes)
              .filter((other) => other !== id)
              .map((other) => (
                <option key={other} value={other}>
                  {other}
                </option>
              ))}
          </optgroup>
          <optgroup label={t('journey_new_node')}>
            {nodeTypes.map((type) => (
              <option key={type} value={`new:${type}`}>
                {t('journey_new_node_of', { type: nodeTypeLabel(t, type) })}
              </option>
            ))}
          </optgroup>
        </LabelledSelect>
      ))}
    </fieldset>
  );
}

/** A select with its label and, when the server refused its value, the refusal tied to it. */
function LabelledSelect(props: {
  label: string;
  value: string;
  error: string | null;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.children}
      </select>
      {props.error && (
        <div id={`${id}-note`} className="field-error">
          {props.error}
        </div>
      )}
    </div>
  );
}
