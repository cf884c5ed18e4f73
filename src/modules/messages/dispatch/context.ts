// Everything a batch's templates may name, loaded for the whole batch in a few statements: the
// profiles, loyalty status and predictions of its customers, and the workspace as the shop.
import { sql } from 'drizzle-orm';
import { pgArray } from '../../../db/arrays.js';
import { queryRows, type Db } from '../../../db/connection.js';
import { customerScoresRelation } from '../../analytics/index.js';
import type { MessageRecipient } from '../../customers/index.js';
import type { LoyaltyFacts } from '../../loyalty/index.js';
import type { Workspace } from '../../workspaces/index.js';
import type { TemplateContext, TemplatePredictions } from '../templates/index.js';

export async function predictionsFor(
  db: Db,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, TemplatePredictions>> {
  const rows = await queryRows<{
    customerId: string;
    stage: string;
    pAlive: number | null;
    clv: number | null;
  }>(
    db,
    sql`select s.customer_id as "customerId", s.stage, s.probability_alive as "pAlive",
               s.clv_12_months_minor as clv
        from ${customerScoresRelation} s
        where s.workspace_id = ${workspaceId} and s.customer_id = any(${pgArray(customerIds, 'text')})`,
  );
  return new Map(
    rows.map((row) => [
      row.customerId,
      {
        stage: row.stage,
        p_alive: row.pAlive,
        predicted_clv: row.clv === null ? null : Math.round(row.clv),
        expected_purchases: null,
      },
    ]),
  );
}

const noPredictions: TemplatePredictions = {
  stage: 'prospect',
  p_alive: null,
  predicted_clv: null,
  expected_purchases: null,
};

export function templateContext(input: {
  workspace: Workspace;
  customer: MessageRecipient;
  loyalty: LoyaltyFacts | undefined;
  predictions: TemplatePredictions | undefined;
  data: Record<string, unknown>;
  links: TemplateContext['links'];
  /** The messaging settings' storefront address; a producer's own `shop_url` wins. */
  shopUrl: string | null;
}): TemplateContext {
  const { customer, workspace, loyalty } = input;
  const event = input.data.event;
  return {
    customer: {
      id: customer.id,
      external_id: customer.externalId,
      email: customer.email,
      phone: customer.phone,
      first_name: customer.firstName,
      last_name: customer.lastName,
      name: customer.name ?? ([customer.firstName, customer.lastName].filter(Boolean).join(' ') || null),
      locale: customer.locale,
      timezone: customer.timezone,
      birthday: customer.birthday,
      traits: customer.traits,
    },
    shop: {
      name: workspace.name,
      currency: workspace.currency,
      locale: workspace.locale,
      timezone: workspace.timezone,
    },
    loyalty: {
      points: loyalty?.points ?? 0,
      tier: loyalty?.tierName ? { name: loyalty.tierName } : null,
      store_credit: loyalty?.storeCreditMinor ?? 0,
      points_expiring: loyalty?.pointsExpiring
        ? { amount: loyalty.pointsExpiring.amount, at: loyalty.pointsExpiring.at.toISOString() }
        : null,
    },
    predictions: input.predictions ?? noPredictions,
    event:
      event && typeof event === 'object' && !Array.isArray(event) ? (event as Record<string, unknown>) : null,
    // Null rather than absent when the shop has not said it: the lifecycle templates link to it, and
    // strict variables would refuse the whole message for a missing link.
    data: { shop_url: input.shopUrl, ...input.data },
    links: input.links,
  };
}
