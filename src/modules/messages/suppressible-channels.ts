/** Channels whose address a shop can suppress: an email, a phone (E.164) or a LINE user id. */
export const suppressibleChannels = ['email', 'sms', 'line', 'zalo', 'whatsapp'] as const;
export type SuppressibleChannel = (typeof suppressibleChannels)[number];
