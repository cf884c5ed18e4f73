import type { CustomerDataProvider, CustomerListFacts } from '../modules/customers/index.js';
import { ordersCustomerData, ordersRelation } from '../modules/orders/index.js';
import {
  analyticsCustomerData,
  customerScoresRelation,
  lifecycleStages,
  rfmSegments,
} from '../modules/analytics/index.js';
import {
  customerTiersRelation,
  loyaltyCustomerData,
  pointsAccountsRelation,
} from '../modules/loyalty/index.js';
import { messagesCustomerData } from '../modules/messages/index.js';
import { segmentsCustomerData } from '../modules/segments/index.js';
import { journeysCustomerData } from '../modules/journeys/index.js';

/**
 * Every module's part of a customer: shown in GET /v1/customers/{id}, included in its export,
 * erased with it. A module adds its CustomerDataProvider here (customers never imports it).
 */
export const customerDataProviders: CustomerDataProvider[] = [
  ordersCustomerData,
  analyticsCustomerData,
  loyaltyCustomerData,
  messagesCustomerData,
  segmentsCustomerData,
  journeysCustomerData,
];

/** What the customer list filters and sorts by: analytics' scores and loyalty's points and tiers. */
export const customerListFacts: CustomerListFacts = {
  scores: customerScoresRelation,
  stages: lifecycleStages,
  prospectStage: 'prospect',
  segments: rfmSegments,
  points: pointsAccountsRelation,
  tiers: customerTiersRelation,
  orders: ordersRelation,
};
