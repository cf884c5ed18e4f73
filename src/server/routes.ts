import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from '../http/context.js';
// Each module's routes.ts, imported here and nowhere else: a module's index exports its domain only.
import { workspaceRoutes } from '../modules/workspaces/routes.js';
import { apiKeyRoutes } from '../modules/auth/routes.js';
import { userRoutes } from '../modules/users/routes.js';
import { couponRoutes } from '../modules/coupons/routes.js';
import { customerCouponRoutes } from '../modules/coupons/customer-routes.js';
import { loyaltyRoutes } from '../modules/loyalty/routes.js';
import { rewardRoutes } from '../modules/loyalty/rewards/routes.js';
import { challengeRoutes } from '../modules/loyalty/challenges/routes.js';
import { ingestionRoutes } from '../modules/events/routes.js';
import { importRoutes } from '../modules/imports/routes.js';
import { customerRoutes } from '../modules/customers/routes.js';
import { orderRoutes } from '../modules/orders/routes.js';
import { analyticsRoutes } from '../modules/analytics/routes.js';
import { operationsRoutes } from '../modules/operations/routes.js';
import { messageRoutes } from '../modules/messages/routes.js';
import { messageTrackingRoutes } from '../modules/messages/tracking-routes.js';
import { messageConsentRoutes } from '../modules/messages/consent-routes.js';
import { messagePublicRoutes } from '../modules/messages/public-routes.js';
import { pushRoutes } from '../modules/messages/push-routes.js';
import { inboxRoutes } from '../modules/messages/inbox-routes.js';
import { suppressionRoutes } from '../modules/messages/suppression-routes.js';
import { broadcastRoutes } from '../modules/messages/broadcast-routes.js';
import { messageStatsRoutes } from '../modules/messages/stats-routes.js';
import { segmentRoutes } from '../modules/segments/routes.js';
import { journeyRoutes } from '../modules/journeys/routes.js';
import { journeySimulationRoutes } from '../modules/journeys/simulate-routes.js';
import { customerDataProviders, customerListFacts } from './customer-data.js';

/** Every module's routes, in one list so the app and the OpenAPI document see the same set. */
export const routeModules: FastifyPluginAsync<AppContext>[] = [
  workspaceRoutes,
  apiKeyRoutes,
  userRoutes,
  couponRoutes,
  customerCouponRoutes,
  loyaltyRoutes,
  rewardRoutes,
  challengeRoutes,
  ingestionRoutes,
  importRoutes,
  customerRoutes(customerDataProviders, customerListFacts),
  orderRoutes,
  analyticsRoutes,
  operationsRoutes,
  messageRoutes,
  messageTrackingRoutes,
  pushRoutes,
  inboxRoutes,
  suppressionRoutes,
  broadcastRoutes,
  messageStatsRoutes,
  messageConsentRoutes,
  messagePublicRoutes,
  segmentRoutes,
  journeyRoutes,
  journeySimulationRoutes,
];
