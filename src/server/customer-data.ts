import type { CustomerDataProvider } from '../modules/customers/index.js';
import { ordersCustomerData } from '../modules/orders/index.js';
import { analyticsCustomerData } from '../modules/analytics/index.js';
import { loyaltyCustomerData } from '../modules/loyalty/index.js';

/**
 * Every module's part of a customer: shown in GET /v1/customers/{id}, included in its export,
 * erased with it. A module adds its CustomerDataProvider here (customers never imports it).
 */
export const customerDataProviders: CustomerDataProvider[] = [
  ordersCustomerData,
  analyticsCustomerData,
  loyaltyCustomerData,
];
