import { describe, expect, it } from 'vitest';
import { definitionOf, draftOf, errorIsAt, locateError, type GroupNode, type LeafNode } from './tree.js';

const country = { field: 'traits.country', op: 'eq', value: 'VN' };
const lapsed = { field: 'lifecycle.stage', op: 'eq', value: 'lapsed' };
const orders = { field: 'orders.count', op: 'gte', value: 3 };
const bought = { event: 'Order Completed', count: { op: 'gte', value: 2 }, within: { last_days: 60 } };

describe('the builder’s draft of a definition', () => {
  it('gives back the definition it opened, and names each node as validate.ts does', () => {
    const definition = { all: [orders, { any: [country, { not: lapsed }] }, bought] };
    const root = draftOf(definition);
    const { definition: written, paths } = definitionOf(root);
    expect(written).toEqual(definition);
    const nested = root.children[1] as GroupNode;
    const negated = nested.children[1] as GroupNode;
    expect(paths.get(root.children[0]!.key)).toBe('conditions[0]');
    expect(paths.get(nested.key)).toBe('conditions[1]');
    expect(paths.get(nested.children[0]!.key)).toBe('conditions[1].any[0]');
    expect(paths.get(negated.key)).toBe('conditions[1].any[1]');
    expect(paths.get(negated.children[0]!.key)).toBe('conditions[1].any[1].not');
    expect(paths.get(root.children[2]!.key)).toBe('conditions[2]');
  });

  it('writes "none of" several conditions as not any, and a lone condition as the root’s only child', () => {
    const none = { not: { any: [country, lapsed] } };
    const root = draftOf(none);
    const { definition, paths } = definitionOf(root);
    expect(definition).toEqual(none);
    expect(paths.get(root.children[1]!.key)).toBe('not.any[1]');
    expect(definitionOf(draftOf(orders)).definition).toEqual({ all: [orders] });
  });

  it('puts a refusal at the deepest condition its param names, with the part that is wrong', () => {
    const root = draftOf({ all: [orders, { any: [country, bought] }] });
    const { paths } = definitionOf(root);
    const event = (root.children[1] as GroupNode).children[1] as LeafNode;
    expect(locateError('conditions[1].any[1].within.last_days', paths, root.key)).toEqual({
      key: event.key,
      rest: 'within.last_days',
    });
    // conditions[1] is not a prefix of conditions[10]; an unknown path falls to the root.
    expect(locateError('conditions[10].value', paths, root.key)).toEqual({
      key: root.key,
      rest: 'conditions[10].value',
    });
    expect(locateError('conditions', paths, root.key)).toEqual({ key: root.key, rest: 'conditions' });
    expect(errorIsAt('where[0].value', 'where[0]')).toBe(true);
    expect(errorIsAt('value[1]', 'value')).toBe(true);
    expect(errorIsAt('values', 'value')).toBe(false);
  });
});
