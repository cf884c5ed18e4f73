import type { Translate } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import type { Issue } from './checks.js';
import { edgeFields, targetOf, type Graph, type GraphNode } from './graph.js';
import { layOut, nodeHeight, nodeWidth, type Placed } from './layout.js';
import { edgeLabel, nodeTypeLabel, wordOr } from './words.js';
import { nodeSummary } from './summary.js';

export const entryId = '#entry';
const margin = 24;

/**
 * The journey drawn top-down: the entry, then each node as a button (its type, id, what it does,
 * the runs at it now and its problems), with a connector for each edge labelled by the field that
 * makes it (yes, no, timeout, a split's share). Choosing a node opens its settings beside.
 */
export function GraphView(props: {
  graph: Graph;
  selected: string;
  onSelect: (id: string) => void;
  issues: Map<string, Issue[]>;
  /** The node the server's refusal names, if any. */
  refusedNode: string | null;
  counts: Record<string, number> | null;
}) {
  const { t, fmt } = useUi();
  const { graph } = props;
  const layout = layOut(graph);
  // The entry sits on a row of its own above the start.
  const rowHeight = nodeHeight + 64;
  const at = (id: string): Placed => {
    const placed = layout.at.get(id)!;
    return { x: placed.x + margin, y: placed.y + rowHeight + margin };
  };
  const width = layout.width + margin * 2;
  const height = layout.height + rowHeight + margin * 2;
  const entryAt = { x: (width - nodeWidth) / 2, y: margin };
  const connectors = Object.entries(graph.nodes).flatMap(([from, node]) => {
    const fields = edgeFields(node);
    return fields.flatMap((field, index) => {
      const to = targetOf(node, field);
      if (!to || !graph.nodes[to]) return [];
      const start = at(from);
      const x1 = start.x + ((index + 1) * nodeWidth) / (fields.length + 1);
      return [
        {
          key: `${from}.${field}`,
          x1,
          y1: start.y + nodeHeight,
          end: at(to),
          label: fields.length > 1 ? edgeLabel(t, node, field) : null,
        },
      ];
    });
  });
  const startAt = graph.nodes[graph.start] ? at(graph.start) : null;
  return (
    <div className="journey-canvas-scroll">
      <div className="journey-canvas" style={{ width, height }} data-testid="journey-graph">
        <svg width={width} height={height} aria-hidden="true" className="journey-edges-svg">
          <defs>
            <marker
              id="journey-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto"
            >
              <path d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          {startAt && (
            <path
              d={curve(
                entryAt.x + nodeWidth / 2,
                entryAt.y + nodeHeight,
                startAt.x + nodeWidth / 2,
                startAt.y,
              )}
              markerEnd="url(#journey-arrow)"
            />
          )}
          {connectors.map((edge) => {
            const x2 = edge.end.x + nodeWidth / 2;
            const back = edge.end.y <= edge.y1 - nodeHeight;
            const d = back
              ? loopBack(edge.x1, edge.y1, edge.end, width)
              : curve(edge.x1, edge.y1, x2, edge.end.y);
            return (
              <g key={edge.key}>
                <path d={d} markerEnd="url(#journey-arrow)" />
                {edge.label && (
                  <text x={edge.x1 + 4} y={edge.y1 + 16} className="journey-edge-label">
                    {edge.label}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
        <button
          type="button"
          className={`journey-node journey-entry${props.selected === entryId ? ' selected' : ''}`}
          style={{ left: entryAt.x, top: entryAt.y, width: nodeWidth, height: nodeHeight }}
          aria-pressed={props.selected === entryId}
          onClick={() => props.onSelect(entryId)}
          data-testid="journey-entry"
        >
          <span className="journey-node-type">{t('journey_entry')}</span>
          <span className="journey-node-summary">{entrySummary(t, graph)}</span>
        </button>
        {Object.entries(graph.nodes).map(([id, node]) => (
          <NodeBox
            key={id}
            id={id}
            node={node}
            at={at(id)}
            selected={props.selected === id}
            onSelect={props.onSelect}
            issues={props.issues.get(id) ?? []}
            refused={props.refusedNode === id}
            count={props.counts ? (props.counts[id] ?? 0) : null}
            formatCount={fmt.number}
          />
        ))}
      </div>
    </div>
  );
}

function NodeBox(props: {
  id: string;
  node: GraphNode;
  at: Placed;
  selected: boolean;
  onSelect: (id: string) => void;
  issues: Issue[];
  refused: boolean;
  count: number | null;
  formatCount: (value: number) => string;
}) {
  const { t } = useUi();
  const { id, node, issues } = props;
  const problem = issues.length > 0 || props.refused;
  const classes = ['journey-node', props.selected && 'selected', problem && 'problem']
    .filter(Boolean)
    .join(' ');
  const problems = [
    ...issues.map((issue) => t(issue.key, issue.values)),
    ...(props.refused ? [t('journey_refused_here')] : []),
  ];
  return (
    <button
      type="button"
      className={classes}
      style={{ left: props.at.x, top: props.at.y, width: nodeWidth, height: nodeHeight }}
      aria-pressed={props.selected}
      aria-label={`${nodeTypeLabel(t, node.type)} ${id}${problems.length > 0 ? `: ${problems.join('; ')}` : ''}`}
      onClick={() => props.onSelect(id)}
      data-testid={`journey-node-${id}`}
    >
      <span className="journey-node-type">
        {nodeTypeLabel(t, node.type)} <code>{id}</code>
      </span>
      <span className="journey-node-summary">{nodeSummary(t, node)}</span>
      {problems.length > 0 && (
        <span className="journey-node-problem" data-testid="node-problem">
          ⚠ {problems[0]}
          {problems.length > 1 ? ` (+${problems.length - 1})` : ''}
        </span>
      )}
      {props.count !== null && (
        <span className="journey-node-count" title={t('journey_runs_here')} data-testid="node-count">
          {props.formatCount(props.count)}
        </span>
      )}
    </button>
  );
}

function entrySummary(t: Translate, graph: Graph): string {
  const entry = graph.entry;
  const kind = wordOr(t, `journey_entry_${entry.kind}`, entry.kind);
  const detail =
    typeof entry.event === 'string'
      ? entry.event
      : typeof entry.stage === 'string'
        ? wordOr(t, `stage_${entry.stage}`, entry.stage)
        : '';
  return detail ? `${kind}: ${detail}` : kind;
}

const curve = (x1: number, y1: number, x2: number, y2: number) => {
  const middle = (y1 + y2) / 2;
  return `M${x1},${y1} C${x1},${middle} ${x2},${middle} ${x2},${y2}`;
};

/** An edge back up the drawing (a loop through a delay) goes round the right-hand side. */
const loopBack = (x1: number, y1: number, end: Placed, width: number) => {
  const side = width - 8;
  const x2 = end.x + nodeWidth;
  const y2 = end.y + nodeHeight / 2;
  return `M${x1},${y1} C${x1},${y1 + 30} ${side},${y1 + 30} ${side},${(y1 + y2) / 2} S${x2 + 30},${y2} ${x2},${y2}`;
};
