import { describe, expect, it } from 'vitest';
import { createTestShop, type TestShop, useTestApp } from '../testing/index.js';

// An Idempotency-Key keeps the first answer for replays. For an answer holding a secret, what is
// kept (and so what a replay shows) has the secret null (trust #5): the table held new secret keys
// and invitation tokens in the clear, and any replay showed them again.
const testApp = useTestApp();

async function keptAnswers(shop: TestShop): Promise<string> {
  const rows = await testApp().ctx.database.pool.query<{ kept: string }>(
    `select coalesce(response_body::text, '') as kept from idempotency_keys where workspace_id = $1`,
    [shop.workspace.id],
  );
  return rows.rows.map((row) => row.kept).join('\n');
}

async function twice(shop: TestShop, url: string, payload: Record<string, unknown>) {
  const send = () =>
    shop.request({ method: 'POST', url, headers: { 'idempotency-key': `secret-${url}` }, payload });
  const first = await send();
  const replay = await send();
  expect(first.statusCode).toBe(201);
  expect(replay.statusCode).toBe(201);
  expect(replay.headers['idempotent-replayed']).toBe('true');
  return { first: first.json() as Record<string, unknown>, replay: replay.json() as Record<string, unknown> };
}

describe('secrets in answers kept for Idempotency-Key replays', () => {
  it('a new API key is in the first answer only; the replay answers the same key with key null', async () => {
    const shop = await createTestShop(testApp());
    const { first, replay } = await twice(shop, '/v1/api_keys', { name: 'replayed' });
    expect(first.key).toMatch(/^sk_/);
    expect(replay).toEqual({ ...first, key: null });
    expect(await keptAnswers(shop)).not.toContain(String(first.key));
  });

  it('an invitation token likewise', async () => {
    const shop = await createTestShop(testApp());
    const { first, replay } = await twice(shop, '/v1/dashboard/invitations', {
      email: 'invitee@example.com',
      role: 'analyst',
    });
    expect(typeof first.token).toBe('string');
    expect(replay).toEqual({ ...first, token: null });
    expect(await keptAnswers(shop)).not.toContain(String(first.token));
  });
});
