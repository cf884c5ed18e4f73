import type { CatalogEntry, ErrorCatalog } from '../../core/errors.js';

const refused = (meaning: string, fix: string): CatalogEntry => ({
  type: 'business_rule_error',
  meaning,
  fix,
});

export const messageErrors = {
  template_invalid: {
    type: 'invalid_request_error',
    meaning:
      'The template does not compile: a Liquid syntax error, an unknown filter, or MJML that is not valid.',
    fix: 'Correct the field that `param` names; `message` gives the line and what is wrong.',
  },
  template_render_failed: refused(
    'The template does not render for this customer: it names a variable their data does not have (templates are strict).',
    'Use a variable the data has, or give it a default with `| default: …`; `message` names the variable.',
  ),
  template_archived: refused('The template is archived.', 'Send with a template that is not archived.'),
  template_channel_mismatch: refused(
    'The template is for another channel than the one asked for.',
    'Use a template made for this channel.',
  ),
  channel_secrets_unreadable: {
    type: 'api_error',
    meaning:
      'The channel’s stored credentials cannot be decrypted with the RETAIN_SECRET_KEY this server has.',
    fix: 'Start retain with the RETAIN_SECRET_KEY the credentials were saved with, or set the channel up again.',
  },
  secret_key_missing: refused(
    'Channel credentials are stored encrypted, and this server has no RETAIN_SECRET_KEY to encrypt them with.',
    'Set RETAIN_SECRET_KEY (32 random bytes: `openssl rand -hex 32`) and restart; the embedded engine makes one in its data directory.',
  ),
  channel_verification_failed: refused(
    'The provider refused the channel’s credentials or could not be reached.',
    'Check the settings; `message` has the provider’s answer.',
  ),
  link_invalid: {
    type: 'not_found_error',
    meaning: 'The link is not one retain signed (altered, or from another workspace).',
    fix: 'Use the link exactly as the message gave it.',
  },
  receipt_signature_invalid: {
    type: 'authentication_error',
    meaning:
      'A delivery receipt’s signature (Twilio’s X-Twilio-Signature, WhatsApp’s X-Hub-Signature-256) is missing or is not the one the channel’s credentials make, or the channel is not set up.',
    fix: 'Point the provider at the URL retain gives (sms: sent with each message; WhatsApp: /v1/inbound/whatsapp/{workspace}) and set the channel’s auth token or app secret to the provider’s.',
  },
  webhook_verify_token_invalid: {
    type: 'permission_error',
    meaning:
      'Meta’s verification of the WhatsApp webhook URL was refused: `hub.mode` is not `subscribe`, or `hub.verify_token` is not the channel’s `verify_token`, or the channel has none.',
    fix: 'Type the same verify token in the Meta app’s webhook settings and in the WhatsApp channel’s `verify_token`.',
  },
  broadcast_not_cancelable: refused(
    'The broadcast has already been enqueued; its messages are in the outbox.',
    'Messages already enqueued follow their own course; cancel before the broadcast starts.',
  ),
} satisfies ErrorCatalog;
