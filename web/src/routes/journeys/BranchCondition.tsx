import { useMemo, useState } from 'react';
import type { ApiError } from '../../api/client.js';
import { QueryView } from '../../components/States.js';
import { currencyExponent } from '../../i18n/format.js';
import { useUi } from '../../ui.js';
import { BuilderContext, type BuilderContextValue } from '../segments/context.js';
import { GroupEditor, numbering } from '../segments/GroupEditor.js';
import { useSegmentFields } from '../segments/hooks.js';
import { definitionOf, draftOf, locateError, type GroupNode } from '../segments/tree.js';
import type { FieldCatalogue } from '../segments/types.js';
import { conditionErrorText } from '../segments/words.js';
import type { Json } from './graph.js';

/**
 * A branch's condition, edited with the segments builder's own groups and conditions: the same
 * condition language, evaluated at the moment a run reaches the branch. A refusal the server names
 * under the condition (`graph.nodes.b.condition.conditions[0].value`) shows at that condition.
 */
export function BranchCondition(props: {
  condition: Json;
  onChange: (condition: Json) => void;
  /** The refusal's path under `condition`, and the refusal, when it is about this condition. */
  refusal: { rest: string; error: ApiError } | null;
}) {
  const fields = useSegmentFields();
  return (
    <QueryView query={fields} what="/v1/segments/fields">
      {(catalogue) => <ConditionTree {...props} catalogue={catalogue} />}
    </QueryView>
  );
}

function ConditionTree({
  condition,
  onChange,
  refusal,
  catalogue,
}: Parameters<typeof BranchCondition>[0] & { catalogue: FieldCatalogue }) {
  const { t, language, workspace } = useUi();
  // The tree keeps its keys while the marketer edits; the JSON the graph holds follows each change.
  const [root, setRoot] = useState<GroupNode>(() => draftOf(condition));
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const { paths } = useMemo(() => definitionOf(root), [root]);
  const numbers = useMemo(() => numbering(root), [root]);
  const located = refusal ? locateError(`definition${refusal.rest}`, paths, root.key) : null;
  const builder = useMemo<BuilderContextValue>(
    () => ({
      catalogue,
      segmentId: null,
      moneyScale: 10 ** currencyExponent(workspace?.currency ?? 'USD'),
      errorAt: (key) =>
        located && refusal && located.key === key
          ? { rest: located.rest, text: conditionErrorText(t, language, refusal.error) }
          : null,
      focusKey,
      setFocusKey,
    }),
    [catalogue, workspace, located, refusal, t, language, focusKey],
  );
  const change = (next: GroupNode) => {
    setRoot(next);
    onChange(definitionOf(next).definition);
  };
  return (
    <BuilderContext.Provider value={builder}>
      <GroupEditor
        node={root}
        numbers={numbers}
        onChange={(next) => next?.kind === 'group' && change(next)}
        root
      />
    </BuilderContext.Provider>
  );
}
