import type { ChannelDefinition, ChannelKind } from './channel.js';
import { emailChannel } from './email.js';
import { lineChannel } from './line.js';
import { pushChannel } from './push.js';
import { smsChannel } from './sms.js';
import { webhookChannel } from './webhook.js';
import { whatsAppChannel } from './whatsapp.js';
import { zaloChannel } from './zalo.js';

type AnyDefinition = ChannelDefinition<Record<string, unknown>>;
const loose = (definition: object) => definition as AnyDefinition;

/** Every channel a workspace can set up, by kind (in_app needs no setup: it is the inbox). */
export const channelDefinitions: Record<Exclude<ChannelKind, 'in_app'>, AnyDefinition> = {
  email: loose(emailChannel),
  sms: loose(smsChannel),
  line: loose(lineChannel),
  zalo: loose(zaloChannel),
  whatsapp: loose(whatsAppChannel),
  push: loose(pushChannel),
  webhook: loose(webhookChannel),
};

/** The provider a channel hands its messages to, as the message log names it. */
export const providerOf: Record<ChannelKind, string> = {
  email: 'smtp',
  sms: 'twilio',
  line: 'line',
  zalo: 'zalo',
  whatsapp: 'whatsapp',
  push: 'web_push',
  webhook: 'webhook',
  in_app: 'in_app',
};
