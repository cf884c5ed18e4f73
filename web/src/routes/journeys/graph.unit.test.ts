import { describe, expect, it } from 'vitest';
import { checkGraph } from './checks.js';
import { edgesOf, withoutNode, withTarget, type Graph } from './graph.js';
import { layOut, nodeHeight } from './layout.js';

/** Enter → message → wait (order or timeout) → split 60/40 → points | exit; an orphan delay. */
function graph(): Graph {
  return {
    entry: { kind: 'event', event: 'Checkout Started' },
    entry_key: 'cart_id',
    reentry: { mode: 'after_end' },
    start: 'ask',
    nodes: {
      ask: { type: 'message', channel: 'email', template: { by_language: { en: 'tpl_en' } }, next: 'cart' },
      cart: {
        type: 'wait',
        event: 'Order Completed',
        timeout: { hours: 4 },
        next: 'split',
        timeout_next: 'bye',
      },
      split: {
        type: 'split',
        paths: [
          { percent: 60, next: 'give' },
          { percent: 40, next: 'bye' },
        ],
      },
      give: { type: 'points', points: 100 },
      bye: { type: 'exit' },
      orphan: { type: 'delay', for: { days: 1 } },
    },
  };
}

describe('the editor’s checks', () => {
  it('names each node’s problem: unreachable, a template missing for a shop language', () => {
    const issues = checkGraph(graph(), ['en', 'vi']);
    expect(Object.fromEntries(issues)).toEqual({
      ask: [{ key: 'journey_issue_no_template_for', values: { language: 'vi' } }],
      orphan: [{ key: 'journey_issue_unreachable' }],
    });
  });

  it('sees a wait without a timeout and a split that does not add up to 100', () => {
    const changed = graph();
    changed.nodes.cart = { ...changed.nodes.cart!, timeout: {} };
    changed.nodes.split = {
      type: 'split',
      paths: [
        { percent: 60, next: 'give' },
        { percent: 30, next: 'bye' },
      ],
    };
    const issues = checkGraph(withoutNode(changed, 'orphan'), ['en']);
    expect(Object.fromEntries(issues)).toEqual({
      cart: [{ key: 'journey_issue_wait_timeout' }],
      split: [{ key: 'journey_issue_split_total', values: { total: 90 } }],
    });
  });
});

describe('the graph’s edges', () => {
  it('are named by the field that makes them, as the server’s errors name them', () => {
    expect(edgesOf(graph()).map((edge) => `${edge.from}.${edge.field}→${edge.to}`)).toEqual([
      'ask.next→cart',
      'cart.next→split',
      'cart.timeout_next→bye',
      'split.paths[0].next→give',
      'split.paths[1].next→bye',
    ]);
  });

  it('move, and a removed node’s incoming edges end the run there', () => {
    const moved = withTarget(graph().nodes.split!, 'paths[1].next', 'give');
    expect(moved.paths).toEqual([
      { percent: 60, next: 'give' },
      { percent: 40, next: 'give' },
    ]);
    const without = withoutNode(graph(), 'bye');
    expect(without.nodes.cart).not.toHaveProperty('timeout_next');
    expect(without.nodes.split!.paths).toEqual([{ percent: 60, next: 'give' }, { percent: 40 }]);
  });
});

describe('the layout', () => {
  it('puts each node on the row of its first reach, and unreachable ones on a last row', () => {
    const { at } = layOut(graph());
    const row = (id: string) => at.get(id)!.y / (nodeHeight + 64);
    expect(['ask', 'cart', 'split', 'bye', 'give', 'orphan'].map(row)).toEqual([0, 1, 2, 2, 3, 4]);
    // Nodes of one row never overlap.
    expect(Math.abs(at.get('split')!.x - at.get('bye')!.x)).toBeGreaterThanOrEqual(200);
  });
});
