// Local servers that speak each provider's real protocol, for the channel adapters' tests.
export * from './http-peer.js';
export * from './outgoing.js';
export * from './twilio.js';
export * from './line.js';
export * from './zalo.js';
export * from './whatsapp.js';
export * from './push-service.js';
export * from './webhook-receiver.js';
export * from './smtp.js';
