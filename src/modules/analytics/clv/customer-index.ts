/** Dense indices 0, 1, 2… for customer keys, in order of first appearance. */
export interface CustomerIndex<K> {
  readonly keys: K[];
  indexOf(key: K): number;
}

/**
 * A Map-backed index, or a direct-address table when every key is a small non-negative integer
 * (database surrogate ids, generated data): inserting a million keys into a Map costs more than
 * everything else the summary does.
 */
export function customerIndexFor<K>(keys: ArrayLike<K>): CustomerIndex<K> {
  const tableSize = smallIntegerKeyRange(keys);
  if (tableSize === null) return new MapIndex<K>();
  return new TableIndex(tableSize) as unknown as CustomerIndex<K>;
}

function smallIntegerKeyRange(keys: ArrayLike<unknown>): number | null {
  const limit = 4 * keys.length + 1024;
  let max = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (typeof key !== 'number' || !Number.isInteger(key) || key < 0 || key >= limit) return null;
    if (key > max) max = key;
  }
  return max + 1;
}

class MapIndex<K> implements CustomerIndex<K> {
  readonly keys: K[] = [];
  private readonly positions = new Map<K, number>();
  // Exports usually list a customer's transactions together: repeating the last answer skips
  // most Map probes.
  private lastKey: K | undefined;
  private lastIndex = -1;

  indexOf(key: K): number {
    if (this.lastIndex >= 0 && key === this.lastKey) return this.lastIndex;
    let index = this.positions.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.positions.set(key, index);
      this.keys.push(key);
    }
    this.lastKey = key;
    this.lastIndex = index;
    return index;
  }
}

class TableIndex implements CustomerIndex<number> {
  readonly keys: number[] = [];
  private readonly table: Int32Array;

  constructor(size: number) {
    this.table = new Int32Array(size).fill(-1);
  }

  indexOf(key: number): number {
    let index = this.table[key]!;
    if (index < 0) {
      index = this.keys.length;
      this.table[key] = index;
      this.keys.push(key);
    }
    return index;
  }
}
