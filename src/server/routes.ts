import type { FastifyPluginAsync } from 'fastify';
import type { AppContext } from './context.js';
import { workspaceRoutes } from '../modules/workspaces/index.js';
import { apiKeyRoutes } from '../modules/auth/index.js';
import { userRoutes } from '../modules/users/index.js';
import { couponRoutes } from '../modules/coupons/index.js';
import { challengeRoutes, loyaltyRoutes, rewardRoutes } from '../modules/loyalty/index.js';
import { ingestionRoutes } from '../modules/events/index.js';
import { importRoutes } from '../modules/imports/index.js';
import { customerRoutes } from '../modules/customers/index.js';
import { orderRoutes } from '../modules/orders/index.js';
import { analyticsRoutes } from '../modules/analytics/index.js';
import { operationsRoutes } from '../modules/operations/index.js';
import { customerDataProviders } from './customer-data.js';

/** Every module's routes, in one list so the app and the OpenAPI document see the same set. */
export const routeModules: FastifyPluginAsync<AppContext>[] = [
  workspaceRoutes,
  apiKeyRoutes,
  userRoutes,
  couponRoutes,
  loyaltyRoutes,
  rewardRoutes,
  challengeRoutes,
  ingestionRoutes,
  importRoutes,
  customerRoutes(customerDataProviders),
  orderRoutes,
  analyticsRoutes,
  operationsRoutes,
];
