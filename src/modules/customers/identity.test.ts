import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/connection.js';
import { openTestDatabase } from '../../testing/index.js';
import { createWorkspace } from '../workspaces/index.js';
import { findCustomerRef, resolveCustomerId } from './index.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => database.close());

const at = new Date('2026-03-01T10:00:00Z');

describe('resolveCustomerId', () => {
  it('creates one profile per person and finds it again by either id', async () => {
    const { id: ws } = await createWorkspace(database.db);
    const anonymous = await resolveCustomerId(database.db, ws, { anonymousId: 'a1' }, at);
    expect(anonymous).toMatch(/^cus_/);
    const known = await resolveCustomerId(database.db, ws, { userId: 'u1', anonymousId: 'a1' }, at);
    expect(known).toBe(anonymous);
    expect(await resolveCustomerId(database.db, ws, { userId: 'u1' }, at)).toBe(anonymous);
    expect(await findCustomerRef(database.db, ws, 'u1')).toBe(anonymous);
    expect(await findCustomerRef(database.db, ws, anonymous)).toBe(anonymous);
    expect(await findCustomerRef(database.db, ws, 'nobody')).toBeNull();
  });

  it('answers the userId profile, without merging, when the ids belong to two profiles', async () => {
    const { id: ws } = await createWorkspace(database.db);
    const anonymous = await resolveCustomerId(database.db, ws, { anonymousId: 'a2' }, at);
    const known = await resolveCustomerId(database.db, ws, { userId: 'u2' }, at);
    expect(known).not.toBe(anonymous);
    expect(await resolveCustomerId(database.db, ws, { userId: 'u2', anonymousId: 'a2' }, at)).toBe(known);
    expect(await resolveCustomerId(database.db, ws, { anonymousId: 'a2' }, at)).toBe(anonymous);
  });

  it('ends concurrent first sightings of one userId on one profile', async () => {
    const { id: ws } = await createWorkspace(database.db);
    const ids = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction((tx) =>
          resolveCustomerId(tx, ws, { userId: 'u3', anonymousId: `a3-${i}` }, at),
        ),
      ),
    );
    expect(new Set(ids).size).toBe(1);
    for (let i = 0; i < 8; i++) {
      expect(await resolveCustomerId(database.db, ws, { anonymousId: `a3-${i}` }, at)).toBe(ids[0]);
    }
  });

  it('keeps workspaces apart', async () => {
    const one = await createWorkspace(database.db);
    const two = await createWorkspace(database.db);
    const a = await resolveCustomerId(database.db, one.id, { userId: 'same' }, at);
    const b = await resolveCustomerId(database.db, two.id, { userId: 'same' }, at);
    expect(a).not.toBe(b);
    expect(await findCustomerRef(database.db, two.id, a)).toBeNull();
  });
});
