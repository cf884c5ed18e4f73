import type { Consumer } from '../modules/events/index.js';
import { couponOrdersConsumer } from '../modules/coupons/index.js';
import { customersConsumer } from '../modules/customers/index.js';
import { ordersConsumer } from '../modules/orders/index.js';
import { analyticsConsumer } from '../modules/analytics/index.js';
import { challengesConsumer, loyaltyConsumer, redemptionsConsumer } from '../modules/loyalty/index.js';
import { messageConsentConsumer } from '../modules/messages/index.js';
import { segmentsConsumer } from '../modules/segments/index.js';
import { journeysConsumer } from '../modules/journeys/index.js';
import { systemClock } from '../core/clock.js';

/** Every reader of the log, in the order they step; the server runs them, tests drain them. */
export const consumers: Consumer[] = [
  customersConsumer,
  ordersConsumer,
  couponOrdersConsumer,
  loyaltyConsumer,
  challengesConsumer,
  redemptionsConsumer,
  analyticsConsumer(),
  messageConsentConsumer,
  // Last: it reads the tables the consumers above write (its `after` waits for them).
  segmentsConsumer(systemClock),
  // After segments: it enters runs on their `Segment Entered` and its branches read memberships.
  journeysConsumer(systemClock),
];
