import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { errorText, QueryView } from '../../components/States.js';
import { useTemplateLibrary, useTemplates } from '../../hooks/messages.js';
import {
  useJourney,
  useJourneyReport,
  usePublishJourney,
  useSaveJourney,
  useSimulateJourney,
  type Journey,
} from '../../hooks/journeys.js';
import { isLanguage } from '../../i18n/catalogue.js';
import { Link, navigate } from '../../router.js';
import { useUi } from '../../ui.js';
import { conditionErrorText } from '../segments/words.js';
import { checkGraph } from './checks.js';
import { newGraph, type Graph } from './graph.js';
import { entryId, GraphView } from './GraphView.js';
import { JourneyActions } from './JourneyActions.js';
import { LiftReport } from './LiftReport.js';
import { NodePanel, type NodeRefusal, type TemplateChoices } from './NodePanel.js';
import { PublishForm } from './PublishForm.js';
import { SettingsPanel } from './SettingsPanel.js';
import { SimulationPanel } from './SimulationPanel.js';
import { statusLabel } from './words.js';

/** A new journey (`id` null) or one to edit, with its live counts and lift when it has any. */
export function JourneyEditor({ id }: { id: string | null }) {
  const { t, language } = useUi();
  const journey = useJourney(id);
  const templates = useTemplates();
  const library = useTemplateLibrary(language);
  const choices: TemplateChoices = {
    templates: templates.data?.data ?? [],
    library: library.data?.data ?? [],
  };
  return (
    <div className="screen journey-screen">
      <p>
        <Link href="/journeys">← {t('journeys_back')}</Link>
      </p>
      {id === null ? (
        <EditorForm journey={null} choices={choices} />
      ) : (
        <QueryView query={journey} what="/v1/journeys/{id}">
          {(loaded) => <EditorForm key={loaded.id} journey={loaded} choices={choices} />}
        </QueryView>
      )}
    </div>
  );
}

/** The shop's language and every language it has a template in: a message needs a template for each. */
function useShopLanguages(choices: TemplateChoices): string[] {
  const { workspace } = useUi();
  return useMemo(() => {
    const shop = workspace?.locale?.slice(0, 2) ?? 'en';
    const written = choices.templates.filter((one) => !one.archived).map((one) => one.language?.slice(0, 2));
    return [...new Set([shop, ...written])].filter((one): one is string => !!one && isLanguage(one));
  }, [workspace, choices.templates]);
}

const nodeParam = /^graph\.nodes\.([A-Za-z0-9_-]+)(?:\.(.*))?$/;

function EditorForm({ journey, choices }: { journey: Journey | null; choices: TemplateChoices }) {
  const { t, language, readOnly } = useUi();
  const [name, setName] = useState(journey?.name ?? '');
  const [graph, setGraph] = useState<Graph>(() => (journey ? (journey.draft as Graph) : newGraph()));
  const [selected, setSelected] = useState<string>(() => graph.start || entryId);
  const [dirty, setDirty] = useState(journey === null);
  const save = useSaveJourney();
  const publish = usePublishJourney();
  const simulate = useSimulateJourney();
  const report = useJourneyReport(journey?.id ?? null);
  const languages = useShopLanguages(choices);
  const issues = useMemo(() => checkGraph(graph, languages), [graph, languages]);
  const panel = useRef<HTMLDivElement>(null);

  const refusal = [save.error, publish.error, simulate.error].find(
    (error): error is ApiError => error instanceof ApiError && error.status === 400,
  );
  const refusedAt = refusal?.param ? nodeParam.exec(refusal.param) : null;
  const refusedNode = refusedAt && graph.nodes[refusedAt[1]!] ? refusedAt[1]! : null;
  const nodeRefusal: NodeRefusal | null =
    refusal && refusedNode ? { rest: refusedAt?.[2] ?? '', error: refusal } : null;
  const settingsRefusal = refusal && !refusedNode && refusal.param?.startsWith('graph') ? refusal : null;

  // A refusal opens the node it names, so its field and sentence are in view.
  useEffect(() => {
    if (refusedNode) setSelected(refusedNode);
    else if (settingsRefusal) setSelected(entryId);
  }, [refusedNode, settingsRefusal]);

  const change = (next: Graph) => {
    save.reset();
    publish.reset();
    simulate.reset();
    setDirty(true);
    setGraph(next);
  };
  const select = (id: string) => {
    setSelected(id);
    // The settings take the focus, so a keyboard reader goes on from the node they chose.
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('.journey-side-title')?.focus());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    save.mutate(
      { id: journey?.id ?? null, journey: { name: name.trim(), graph } },
      {
        onSuccess: (saved) => {
          setDirty(false);
          if (!journey) navigate(`/journeys/${encodeURIComponent(saved.id)}`);
        },
      },
    );
  };
  const holdEnter = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'INPUT') event.preventDefault();
  };
  const settingsErrorAt = (path: string) => {
    const param = settingsRefusal?.param;
    if (!settingsRefusal || !param) return null;
    const full = `graph.${path}`;
    return param === full || param.startsWith(`${full}.`) || param.startsWith(`${full}[`)
      ? conditionErrorText(t, language, settingsRefusal)
      : null;
  };
  const problemCount = [...issues.values()].reduce((sum, list) => sum + list.length, 0);
  // Counts belong to published versions: a journey never published has none to show.
  const counts = journey?.live_version ? (report.data?.total?.at_nodes ?? {}) : null;
  return (
    <>
      <header className="screen-header journey-header">
        <h1>{journey ? journey.name : t('journey_new_title')}</h1>
        {journey && (
          <span className={`badge journey-status-${journey.status}`} data-testid="journey-status">
            {statusLabel(t, journey.status)}
          </span>
        )}
      </header>
      <form
        className="form journey-editor"
        onSubmit={submit}
        onKeyDown={holdEnter}
        aria-label={t('journey_editor')}
        noValidate
      >
        <Field
          label={t('journey_name')}
          value={name}
          onChange={(event) => {
            setDirty(true);
            setName(event.target.value);
          }}
          error={refusal?.param === 'name' ? conditionErrorText(t, language, refusal) : null}
          required
        />
        <p
          className={problemCount > 0 ? 'field-error' : 'field-hint'}
          role="status"
          data-testid="journey-problems"
        >
          {problemCount > 0 ? t('journey_problems', { n: problemCount }) : t('journey_no_problems')}
        </p>
        <div className="journey-workspace">
          <GraphView
            graph={graph}
            selected={selected}
            onSelect={select}
            issues={issues}
            refusedNode={refusedNode}
            counts={counts}
          />
          <div ref={panel} className="journey-panel">
            {selected !== entryId && graph.nodes[selected] ? (
              <NodePanel
                key={selected}
                id={selected}
                graph={graph}
                onGraph={change}
                issues={issues.get(selected) ?? []}
                refusal={refusedNode === selected ? nodeRefusal : null}
                choices={choices}
                onSelect={select}
              />
            ) : (
              <SettingsPanel graph={graph} onGraph={change} errorAt={settingsErrorAt} />
            )}
          </div>
        </div>
        {save.error !== null && !refusedNode && !settingsRefusal && refusal?.param !== 'name' && (
          <p className="form-error" role="alert">
            {errorText(t, save.error)}
          </p>
        )}
        {settingsRefusal && (
          <p className="form-error" role="alert">
            {conditionErrorText(t, language, settingsRefusal)} <code>{settingsRefusal.param}</code>
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={readOnly || save.isPending || name.trim() === ''}>
            {journey ? t('journey_save_draft') : t('journey_create')}
          </button>
          {journey && !dirty && <span className="muted">{t('journey_saved')}</span>}
        </div>
      </form>
      {journey && journey.status !== 'archived' && !readOnly && (
        <PublishForm
          journey={journey}
          graph={graph}
          dirty={dirty}
          blocked={problemCount > 0}
          publish={publish}
          refusalShown={refusedNode !== null || settingsRefusal !== null}
        />
      )}
      {journey && <JourneyActions journey={journey} />}
      {journey && <SimulationPanel id={journey.id} graph={graph} simulate={simulate} />}
      {journey && <LiftReport id={journey.id} />}
    </>
  );
}
