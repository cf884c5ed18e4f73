export { hasOrders } from './queries.js';
export { ordersRelation } from './relation.js';
export { orderChangeEventNames, orderEventNames, ordersConsumer } from './consumer.js';
export { ordersCustomerData } from './orders.js';
