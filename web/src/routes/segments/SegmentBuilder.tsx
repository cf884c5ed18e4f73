import { useEffect, useMemo, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import { Link, navigate } from '../../router.js';
import { useUi } from '../../ui.js';
import { BuilderContext, type BuilderContextValue } from './context.js';
import { GroupEditor, newCondition, numbering } from './GroupEditor.js';
import { usePreview, useSaveSegment, useSegment, useSegmentFields } from './hooks.js';
import { definitionOf, draftOf, group, leaf, locateError, type GroupNode } from './tree.js';
import type { FieldCatalogue, Segment } from './types.js';
import { conditionErrorText } from './words.js';

/** The draft is counted once the marketer pauses, not at every keystroke. */
const previewDelayMs = 400;

function useDebounced<Value>(value: Value, delayMs: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/** Minor units per major unit of a currency (100 for USD, 1 for JPY and VND). */
function moneyScaleOf(currency: string): number {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/** A new segment (`id` null) or an edit of one: the catalogue first, then the segment, then the form. */
export function SegmentBuilder({ id }: { id: string | null }) {
  const { t } = useUi();
  const fields = useSegmentFields();
  const segment = useSegment(id);
  return (
    <div className="screen">
      <p>
        <Link href={id ? `/segments/${encodeURIComponent(id)}` : '/segments'}>← {t('segment_back')}</Link>
      </p>
      <h1>{id ? t('segment_edit_title') : t('segment_new_title')}</h1>
      <QueryView query={fields} what="/v1/segments/fields">
        {(catalogue) =>
          id === null ? (
            <BuilderForm catalogue={catalogue} segment={null} />
          ) : (
            <QueryView query={segment} what="/v1/segments/{id}">
              {(loaded) => <BuilderForm key={loaded.id} catalogue={catalogue} segment={loaded} />}
            </QueryView>
          )
        }
      </QueryView>
    </div>
  );
}

function BuilderForm({ catalogue, segment }: { catalogue: FieldCatalogue; segment: Segment | null }) {
  const { t, language, workspace, readOnly } = useUi();
  const [name, setName] = useState(segment?.name ?? '');
  const [description, setDescription] = useState(segment?.description ?? '');
  const [root, setRoot] = useState<GroupNode>(() =>
    segment ? draftOf(segment.definition) : group('all', [leaf(newCondition('field', catalogue, null))]),
  );
  const save = useSaveSegment();
  const { definition, paths } = useMemo(() => definitionOf(root), [root]);
  const counted = useDebounced(definition, previewDelayMs);
  const preview = usePreview(counted);
  const numbers = useMemo(() => numbering(root), [root]);
  const [focusKey, setFocusKey] = useState<string | null>(null);

  // The refusal to show: the save's, else the live count's for what is on screen now.
  const refusal = [save.error, preview.isPlaceholderData ? null : preview.error].find(
    (error): error is ApiError => error instanceof ApiError && error.status === 400,
  );
  const located =
    refusal && refusal.param !== 'name' && refusal.param !== 'description'
      ? locateError(refusal.param, paths, root.key)
      : null;
  const builder = useMemo<BuilderContextValue>(
    () => ({
      catalogue,
      segmentId: segment?.id ?? null,
      moneyScale: moneyScaleOf(workspace?.currency ?? 'USD'),
      errorAt: (key) =>
        located && located.key === key && refusal
          ? { rest: located.rest, text: conditionErrorText(t, language, refusal) }
          : null,
      focusKey,
      setFocusKey,
    }),
    [catalogue, segment, workspace, located, refusal, t, language, focusKey],
  );

  const change = (next: GroupNode) => {
    save.reset();
    setRoot(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    save.mutate(
      {
        id: segment?.id ?? null,
        segment: { name: name.trim(), description: description.trim() || null, definition },
      },
      { onSuccess: (saved) => navigate(`/segments/${encodeURIComponent(saved.id)}`) },
    );
  };
  // Enter in a field of a half-built condition must not save the segment: only the Save button does.
  const holdEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
  };
  const nameError = refusal?.param === 'name' ? conditionErrorText(t, language, refusal) : null;
  return (
    <form
      className="form segment-builder"
      onSubmit={submit}
      onKeyDown={holdEnter}
      aria-label={t('segment_builder')}
      noValidate
    >
      <div className="segment-builder-main">
        <Field
          label={t('segment_name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={nameError}
          required
        />
        <Field
          label={t('segment_description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
        <BuilderContext.Provider value={builder}>
          <GroupEditor
            node={root}
            numbers={numbers}
            onChange={(next) => next?.kind === 'group' && change(next)}
            root
          />
        </BuilderContext.Provider>
        {save.error !== null && !located && !nameError && (
          <p className="form-error" role="alert">
            {errorText(t, save.error)}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={readOnly || save.isPending || name.trim() === ''}>
            {segment ? t('save') : t('segment_create')}
          </button>
          <Link href={segment ? `/segments/${encodeURIComponent(segment.id)}` : '/segments'}>
            {t('cancel')}
          </Link>
        </div>
      </div>
      <LiveCount preview={preview} pending={counted !== definition} />
    </form>
  );
}

function LiveCount({ preview, pending }: { preview: ReturnType<typeof usePreview>; pending: boolean }) {
  const { t, fmt } = useUi();
  const data = preview.data;
  const refused =
    preview.error instanceof ApiError && preview.error.status === 400 && !preview.isPlaceholderData;
  const stale = pending || preview.isFetching;
  return (
    <aside className="segment-live" aria-label={t('segment_live_count')}>
      <Panel title={t('segment_live_count')} definition={t('segment_live_count_def')}>
        <div
          className={stale ? 'stale' : undefined}
          data-testid="live-count"
          role="status"
          aria-live="polite"
        >
          {refused ? (
            <p className="muted">{t('segment_live_refused')}</p>
          ) : data ? (
            <>
              <p className="big-figure" data-testid="live-count-figure">
                {fmt.number(data.count)}
              </p>
              <p>{t('segment_live_count_of', { count: fmt.number(data.count) })}</p>
            </>
          ) : preview.isError ? (
            <p className="form-error">{errorText(t, preview.error)}</p>
          ) : (
            <p className="muted">{t('loading')}</p>
          )}
        </div>
        {data && !refused && (
          <>
            <p className="segment-explanation">{data.explanation}</p>
            {data.sample.length > 0 && (
              <>
                <h3>{t('segment_sample_members')}</h3>
                <ul className="plain-list">
                  {data.sample.map((member) => (
                    <li key={member.id}>
                      <Link href={`/customers/${encodeURIComponent(member.id)}`}>
                        {member.name ?? member.email ?? member.id}
                      </Link>
                      {member.name && member.email && <span className="muted"> {member.email}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </Panel>
    </aside>
  );
}
