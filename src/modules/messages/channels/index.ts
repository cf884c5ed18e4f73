// What the channels offer the rest of messages: the adapter interface and the shapes it sends and
// answers, the registry of adapters by kind, and the reading of providers' bounce notices.
export {
  channelKinds,
  type ChannelAdapter,
  type ChannelDefinition,
  type ChannelKind,
  type Mailbox,
  type OutgoingMessage,
  type Recipient,
  type RenderedContent,
  type SendResult,
} from './channel.js';
export { channelDefinitions, providerOf } from './registry.js';
export { parseBounceNotification, type BounceNotification } from './bounces.js';
export {
  hubSignatureValid,
  twilioReceipt,
  twilioSignatureValid,
  whatsAppReceipts,
  type DeliveryReceipt,
} from './receipts.js';
