import { customerIdentitiesRelation, customersRelation } from '../customers/index.js';
import { eventsRelation } from '../events/index.js';
import { orderLinesRelation, ordersRelation } from '../orders/index.js';
import { customerScoresRelation } from '../analytics/index.js';
import {
  badgesRelation,
  customerTiersRelation,
  pointsAccountsRelation,
  pointsLotsRelation,
  storeCreditAccountsRelation,
} from '../loyalty/index.js';
import { messageConsentsRelation } from '../messages/index.js';
import { workspacesRelation } from '../workspaces/index.js';

/**
 * The relations segment conditions read, as their owners export them (DESIGN.md, "Boundaries"):
 * the segments module names no other module's table, and one statement joins them all.
 */
export const facts = {
  customers: customersRelation,
  identities: customerIdentitiesRelation,
  workspaces: workspacesRelation,
  events: eventsRelation,
  orders: ordersRelation,
  orderLines: orderLinesRelation,
  scores: customerScoresRelation,
  points: pointsAccountsRelation,
  pointsLots: pointsLotsRelation,
  tiers: customerTiersRelation,
  credit: storeCreditAccountsRelation,
  badges: badgesRelation,
  consents: messageConsentsRelation,
};
