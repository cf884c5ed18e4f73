export { findCustomerRef, resolveCustomerId } from './identity.js';
export { resolveCustomerIds } from './identity-book.js';
export { customersConsumer } from './consumer.js';
export { customerIdentitiesRelation, customersRelation } from './relation.js';
export type { CustomerDataProvider } from './privacy-provider.js';
export type { CustomerListFacts } from './facts.js';
export { customerLocales } from './message-facts.js';
export { messageRecipients, type MessageRecipient } from './recipients.js';
export { customersOfEvents } from './identity-lookup.js';
