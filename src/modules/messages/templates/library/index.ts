// The ready-made lifecycle templates the journeys ship with, in English, Vietnamese, Thai and
// Japanese: an MJML email (subject, preheader, plain-text part) and a short SMS and LINE text each;
// and the double opt-in confirmation email retain itself sends when an email subscription waits.
import type { TemplateFormat } from '../engine.js';
import { en } from './en.js';
import { ja } from './ja.js';
import { emailMjml, emailText, lifecycleKeys, type LanguageWords, type LifecycleKey } from './layout.js';
import { th } from './th.js';
import { vi } from './vi.js';

/** The library key of the double opt-in email (consent's confirmation.ts sends it). */
export const confirmationKey = 'consent_confirmation';

export interface LibraryTemplate {
  key: LifecycleKey | typeof confirmationKey;
  language: string;
  channel: 'email' | 'sms' | 'line';
  name: string;
  /** email only. */
  subject: string | null;
  preheader: string | null;
  body: string;
  text_body: string | null;
  format: TemplateFormat;
  /**
   * What the producer puts in `data` for the template to render, beyond the customer, loyalty
   * status and links every message has. points_expiring also needs the customer's expiring points.
   */
  requires: string[];
}

const requiredData: Record<LifecycleKey, string[]> = {
  welcome: ['shop_url'],
  thank_you: ['order.number', 'order.total', 'order.url'],
  review_request: ['order.number', 'review_url'],
  at_risk: ['shop_url'],
  win_back: ['coupon.code', 'coupon.expires_at', 'shop_url'],
  birthday: ['shop_url'],
  points_expiring: ['shop_url'],
  tier_up: ['shop_url'],
  nps_ask: ['nps_url'],
};

/** A birthday text wishes a happy birthday and nothing else: no link to the shop. */
const shortRequiredData: Partial<Record<LifecycleKey, string[]>> = { birthday: [] };

function confirmationOf(language: LanguageWords): LibraryTemplate {
  const words = language.confirmation;
  return {
    key: confirmationKey,
    language: language.language,
    requires: [],
    channel: 'email',
    name: words.name,
    subject: words.subject,
    preheader: words.preheader,
    body: emailMjml(language, words),
    text_body: emailText(language, words),
    format: 'mjml',
  };
}

function templatesOf(language: LanguageWords): LibraryTemplate[] {
  const lifecycle = lifecycleKeys.flatMap((key) => {
    const words = language.messages[key];
    const common = { key, language: language.language, requires: requiredData[key] };
    const short = (channel: 'sms' | 'line', label: string): LibraryTemplate => ({
      ...common,
      requires: shortRequiredData[key] ?? requiredData[key],
      channel,
      name: `${words.name} (${label})`,
      subject: null,
      preheader: null,
      body: words.short,
      text_body: null,
      format: 'text',
    });
    return [
      {
        ...common,
        channel: 'email' as const,
        name: words.name,
        subject: words.subject,
        preheader: words.preheader,
        body: emailMjml(language, words),
        text_body: emailText(language, words),
        format: 'mjml' as const,
      },
      short('sms', 'SMS'),
      short('line', 'LINE'),
    ];
  });
  return [...lifecycle, confirmationOf(language)];
}

export const templateLibrary: LibraryTemplate[] = [en, vi, th, ja].flatMap(templatesOf);
