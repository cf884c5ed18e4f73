import { useEffect, useRef } from 'react';
import { useUi } from '../../ui.js';
import { useBuilder } from './context.js';
import { EventConditionEditor } from './EventConditionEditor.js';
import { FieldConditionEditor } from './FieldConditionEditor.js';
import { Choice, NumberInput } from './inputs.js';
import {
  errorIsAt,
  group,
  leaf,
  leafKind,
  type DraftNode,
  type GroupMode,
  type GroupNode,
  type LeafKind,
  type LeafNode,
} from './tree.js';
import type { FieldCatalogue, Json } from './types.js';

/** How the builder names each node for screen readers and tests: "Group 2", "Condition 3", depth first. */
export function numbering(root: GroupNode): Map<string, number> {
  const numbers = new Map<string, number>();
  let groups = 0;
  let leaves = 0;
  const visit = (node: DraftNode) => {
    if (node.kind === 'group') {
      numbers.set(node.key, ++groups);
      node.children.forEach(visit);
    } else numbers.set(node.key, ++leaves);
  };
  visit(root);
  return numbers;
}

/** A new condition of a kind, filled so that it counts at once. */
export function newCondition(kind: LeafKind, catalogue: FieldCatalogue, segmentId: string | null): Json {
  if (kind === 'event') {
    return { event: catalogue.events[0] ?? '', count: { op: 'gte', value: 1 }, within: { last_days: 30 } };
  }
  if (kind === 'segment') {
    return { segment: catalogue.segments.find((segment) => segment.id !== segmentId)?.id ?? '' };
  }
  if (kind === 'sample') return { sample: { percent: 10 } };
  return { field: 'orders.count', op: 'gte', value: 1 };
}

/** Moves the focus into a node once asked: one the reader has just added, or the group they removed something from. */
function useFocusOnRequest(key: string) {
  const { focusKey, setFocusKey } = useBuilder();
  const element = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (focusKey !== key) return;
    element.current?.querySelector<HTMLElement>('select, input')?.focus();
    setFocusKey(null);
  }, [focusKey, key, setFocusKey]);
  return element;
}

interface EditorProps<Node> {
  node: Node;
  numbers: Map<string, number>;
  onChange: (node: DraftNode | null) => void;
}

/** A group: all, any or none of its conditions and groups; the root group cannot be removed. */
export function GroupEditor({
  node,
  numbers,
  onChange,
  root = false,
}: EditorProps<GroupNode> & { root?: boolean }) {
  const { t } = useUi();
  const { catalogue, segmentId, errorAt, setFocusKey } = useBuilder();
  const error = errorAt(node.key);
  const focus = useFocusOnRequest(node.key);
  const add = (child: DraftNode) => {
    setFocusKey(child.key);
    onChange({ ...node, children: [...node.children, child] });
  };
  const name = root ? t('segment_root_group') : t('segment_group_n', { n: numbers.get(node.key) ?? 0 });
  const setChild = (index: number, child: DraftNode | null) => {
    // A removed condition's buttons are gone: the focus goes back to its group, not to the page.
    if (child === null) setFocusKey(node.key);
    const children =
      child === null
        ? node.children.filter((_, at) => at !== index)
        : node.children.map((old, at) => (at === index ? child : old));
    onChange({ ...node, children });
  };
  return (
    <fieldset className={root ? 'segment-group segment-root' : 'segment-group'} aria-label={name} ref={focus}>
      <legend>{name}</legend>
      <div className="segment-group-head">
        <Choice
          label={t('segment_match')}
          value={node.mode}
          onChange={(mode) => onChange({ ...node, mode: mode as GroupMode })}
          options={[
            { value: 'all', label: t('segment_mode_all') },
            { value: 'any', label: t('segment_mode_any') },
            { value: 'none', label: t('segment_mode_none') },
          ]}
        />
        {!root && (
          <button type="button" onClick={() => onChange(null)} aria-label={`${t('segment_remove')} ${name}`}>
            {t('segment_remove')}
          </button>
        )}
      </div>
      {error && (error.rest === '' || errorIsAt(error.rest, node.mode) || error.rest === 'conditions') && (
        <p className="field-error" role="alert">
          {error.text}
        </p>
      )}
      <ol className="segment-children">
        {node.children.map((child, index) => (
          <li key={child.key}>
            {child.kind === 'group' ? (
              <GroupEditor node={child} numbers={numbers} onChange={(next) => setChild(index, next)} />
            ) : (
              <ConditionEditor node={child} numbers={numbers} onChange={(next) => setChild(index, next)} />
            )}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => add(leaf(newCondition('field', catalogue, segmentId)))}>
          {t('segment_add_condition')}
        </button>
        <button
          type="button"
          onClick={() => add(group('any', [leaf(newCondition('field', catalogue, segmentId))]))}
        >
          {t('segment_add_group')}
        </button>
      </div>
    </fieldset>
  );
}

function ConditionEditor({ node, numbers, onChange }: EditorProps<LeafNode>) {
  const { t } = useUi();
  const { catalogue, segmentId, errorAt } = useBuilder();
  const kind = leafKind(node.condition);
  const name = t('segment_condition_n', { n: numbers.get(node.key) ?? 0 });
  const setCondition = (condition: Json) => onChange({ ...node, condition });
  const error = errorAt(node.key);
  const focusCondition = useFocusOnRequest(node.key);
  return (
    <fieldset className="segment-condition" aria-label={name} ref={focusCondition}>
      <legend className="visually-hidden">{name}</legend>
      <div className="segment-parts">
        <Choice
          label={t('segment_kind')}
          value={kind}
          onChange={(next) => setCondition(newCondition(next as LeafKind, catalogue, segmentId))}
          options={[
            { value: 'field', label: t('segment_kind_field') },
            { value: 'event', label: t('segment_kind_event') },
            { value: 'segment', label: t('segment_kind_segment') },
            { value: 'sample', label: t('segment_kind_sample') },
          ]}
        />
        <button
          type="button"
          className="segment-remove"
          onClick={() => onChange(null)}
          aria-label={`${t('segment_remove')} ${name}`}
        >
          {t('segment_remove')}
        </button>
      </div>
      {kind === 'field' && (
        <FieldConditionEditor nodeKey={node.key} condition={node.condition} onChange={setCondition} />
      )}
      {kind === 'event' && (
        <EventConditionEditor nodeKey={node.key} condition={node.condition} onChange={setCondition} />
      )}
      {kind === 'segment' && (
        <Choice
          label={t('segment_member_of')}
          value={String(node.condition.segment ?? '')}
          onChange={(segment) => setCondition({ segment })}
          options={[
            ...(node.condition.segment ? [] : [{ value: '', label: t('segment_choose') }]),
            ...catalogue.segments
              .filter((segment) => segment.id !== segmentId)
              .map((segment) => ({ value: segment.id, label: segment.name })),
          ]}
          error={error && errorIsAt(error.rest, 'segment') ? error.text : null}
        />
      )}
      {kind === 'sample' && (
        <NumberInput
          label={t('segment_sample_percent')}
          hint={t('segment_sample_hint')}
          value={(node.condition.sample as Json | undefined)?.percent}
          min={0.01}
          step="any"
          onChange={(percent) => setCondition({ sample: { percent } })}
          error={error && errorIsAt(error.rest, 'sample') ? error.text : null}
        />
      )}
      {error && error.rest === '' && (
        <p className="field-error" role="alert">
          {error.text}
        </p>
      )}
    </fieldset>
  );
}
