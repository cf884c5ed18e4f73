import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import { openTestDatabase } from '../../db/test-helpers.js';
import { createWorkspace } from '../workspaces/index.js';
import { searchProfiles } from './list-queries.js';
import { identify, ingest } from '../../testing/events.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const names = ['An Lê', 'Anh Trần', 'Bảo Phạm', 'Lan Anh', 'Linh', 'Mai An'];

/** Every id a search yields, page by page. */
async function allPages(workspaceId: string, text: string, denseMatchesMin: number): Promise<string[]> {
  const ids: string[] = [];
  for (;;) {
    const page = await searchProfiles(database.db, workspaceId, text, 3, ids.at(-1), denseMatchesMin);
    ids.push(...page.map((row) => row.id));
    if (page.length < 3) return ids;
  }
}

describe('customer search strategies', () => {
  it('pages the same results whether a prefix is read as rare (sorted) or dense (walked)', async () => {
    const { id: workspaceId } = await createWorkspace(database.db);
    await ingest(
      database.db,
      workspaceId,
      Array.from({ length: 30 }, (_, i) =>
        identify({
          userId: `s${i}`,
          traits: { name: names[i % names.length], email: `${names[(i * 5) % 6]![0]}${i}@x.io` },
        }),
      ),
    );
    for (const text of ['a', 'an', 'l', 'lan a', 'b', 'm', 'z']) {
      const sorted = await allPages(workspaceId, text, Number.MAX_SAFE_INTEGER);
      const walked = await allPages(workspaceId, text, 1);
      expect(walked).toEqual(sorted);
      expect(new Set(sorted).size).toBe(sorted.length);
    }
    expect(await allPages(workspaceId, 'lan a', 1)).toHaveLength(5);
  });
});
