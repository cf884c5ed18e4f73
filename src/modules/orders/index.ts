export { hasOrders } from './queries.js';
export { orderLinesRelation, ordersRelation } from './relation.js';
export { orderChangeEventNames, orderEventNames, ordersConsumer } from './consumer.js';
export { ordersCustomerData } from './orders.js';
