import { describe, expect, it } from 'vitest';
import { earnRulesLiveMax, pageSizeMax, rewardsLiveMax, tiersLiveMax } from '../../../core/limits.js';
import { createTestShop, type TestShop, useTestApp } from '../../../testing/index.js';

const testApp = useTestApp();

const post = (shop: TestShop, url: string, payload: Record<string, unknown>) =>
  shop.request({ method: 'POST', url, payload });

/** Creates `count` resources one after another, answering their ids. */
async function createMany(
  shop: TestShop,
  url: string,
  count: number,
  body: (i: number) => Record<string, unknown>,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await post(shop, url, body(i));
    expect(created.statusCode).toBe(201);
    ids.push(created.json().id);
  }
  return ids;
}

/** Every item a list endpoint answers, page after page. */
async function listAll(shop: TestShop, url: string): Promise<{ id: string }[]> {
  const items: { id: string }[] = [];
  for (let after = ''; ;) {
    const query = `limit=${pageSizeMax}${after ? `&starting_after=${after}` : ''}`;
    const page = (await shop.request({ method: 'GET', url: `${url}?${query}` })).json();
    items.push(...page.data);
    if (!page.has_more) return items;
    after = page.data.at(-1).id;
  }
}

const refusal = (code: string, message: string) => ({
  error: { type: 'business_rule_error', code, message },
});

const earnRule = (i: number) => ({
  name: `Rule ${i}`,
  definition: { trigger: { type: 'event', event: `Event ${i}` }, reward: { type: 'fixed', points: 10 } },
});
const tier = (i: number) => ({ name: `Tier ${i}`, threshold: (i + 1) * 1_000 });
const reward = (i: number) => ({
  name: `Reward ${i}`,
  kind: 'amount_off',
  points_cost: 100,
  amount_off: 500,
});

/** The cap counts one workspace's live resources: another shop still creates its first. */
async function otherShopCreates(url: string, body: Record<string, unknown>): Promise<void> {
  const other = await createTestShop(testApp());
  expect((await post(other, url, body)).statusCode).toBe(201);
}

describe('caps per workspace', () => {
  it(`refuses earn rule ${earnRulesLiveMax + 1} and creates nothing; archiving one makes room`, async () => {
    const shop = await createTestShop(testApp());
    const url = '/v1/loyalty/earn-rules';
    const ids = await createMany(shop, url, earnRulesLiveMax, earnRule);

    const refused = await post(shop, url, earnRule(earnRulesLiveMax));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toEqual(
      refusal(
        'earn_rules_limit_reached',
        `A workspace has at most ${earnRulesLiveMax} live earn rules; archive one before adding another.`,
      ),
    );
    expect(await listAll(shop, url)).toHaveLength(earnRulesLiveMax);

    expect((await shop.request({ method: 'DELETE', url: `${url}/${ids[0]}` })).statusCode).toBe(200);
    expect((await post(shop, url, earnRule(earnRulesLiveMax))).statusCode).toBe(201);
    await otherShopCreates(url, earnRule(0));
  });

  it(`refuses tier ${tiersLiveMax + 1} and creates nothing; deleting one makes room`, async () => {
    const shop = await createTestShop(testApp());
    const url = '/v1/loyalty/tiers';
    const ids = await createMany(shop, url, tiersLiveMax, tier);

    const refused = await post(shop, url, tier(tiersLiveMax));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toEqual(
      refusal(
        'tiers_limit_reached',
        `A workspace has at most ${tiersLiveMax} tiers; delete one before adding another.`,
      ),
    );
    expect((await shop.request({ method: 'GET', url })).json()).toMatchObject({
      data: expect.toSatisfy((tiers: unknown[]) => tiers.length === tiersLiveMax),
      has_more: false,
    });

    expect((await shop.request({ method: 'DELETE', url: `${url}/${ids[0]}` })).statusCode).toBe(200);
    expect((await post(shop, url, tier(tiersLiveMax))).statusCode).toBe(201);
    await otherShopCreates(url, tier(0));
  });

  it(`refuses reward ${rewardsLiveMax + 1} and creates nothing; archiving one makes room`, async () => {
    const shop = await createTestShop(testApp());
    const url = '/v1/loyalty/rewards';
    const ids = await createMany(shop, url, rewardsLiveMax, reward);

    const refused = await post(shop, url, reward(rewardsLiveMax));
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toEqual(
      refusal(
        'rewards_limit_reached',
        `A workspace has at most ${rewardsLiveMax} live rewards; archive one before adding another.`,
      ),
    );
    expect(await listAll(shop, url)).toHaveLength(rewardsLiveMax);

    expect((await shop.request({ method: 'DELETE', url: `${url}/${ids[0]}` })).statusCode).toBe(200);
    expect((await post(shop, url, reward(rewardsLiveMax))).statusCode).toBe(201);
    await otherShopCreates(url, reward(0));
  });

  it('counts concurrent creations one after another, never past the cap', async () => {
    const shop = await createTestShop(testApp());
    const url = '/v1/loyalty/tiers';
    await createMany(shop, url, tiersLiveMax - 2, tier);
    const racing = await Promise.all([0, 1, 2, 3, 4].map((i) => post(shop, url, tier(tiersLiveMax + i))));
    expect(racing.map((answer) => answer.statusCode).sort()).toEqual([201, 201, 422, 422, 422]);
    expect((await shop.request({ method: 'GET', url })).json().data).toHaveLength(tiersLiveMax);
  });
});
