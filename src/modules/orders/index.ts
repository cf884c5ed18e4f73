export { hasOrders } from './queries.js';
export { ordersConsumer } from './consumer.js';
export { ordersCustomerData } from './orders.js';
export { orderRoutes } from './routes.js';
