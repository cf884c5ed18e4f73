// The ready-made lifecycle templates the journeys ship with, in English, Vietnamese, Thai and
// Japanese: an MJML email (subject, preheader, plain-text part) and a short SMS and LINE text each;
// the double opt-in confirmation email retain itself sends when an email subscription waits; and
// the coupon code email customer service resends from a customer's page.
import type { TemplateFormat } from '../engine.js';
import { en } from './en.js';
import { ja } from './ja.js';
import {
  emailMjml,
  emailText,
  lifecycleKeys,
  type EmailWords,
  type LanguageWords,
  type LifecycleKey,
} from './layout.js';
import { th } from './th.js';
import { vi } from './vi.js';

/** The library key of the double opt-in email (consent's confirmation.ts sends it). */
export const confirmationKey = 'consent_confirmation';
/** The library key of the email that resends a customer's coupon code (the coupons module sends it). */
export const couponCodeKey = 'coupon_code';

export interface LibraryTemplate {
  key: LifecycleKey | typeof confirmationKey | typeof couponCodeKey;
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

/** The emails retain sends for itself rather than for a journey: email only, no SMS or LINE text. */
function ownEmailOf(
  language: LanguageWords,
  key: typeof confirmationKey | typeof couponCodeKey,
  words: EmailWords,
  requires: string[],
): LibraryTemplate {
  return {
    key,
    language: language.language,
    requires,
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
  return [
    ...lifecycle,
    ownEmailOf(language, confirmationKey, language.confirmation, []),
    ownEmailOf(language, couponCodeKey, language.couponCode, [
      'coupon.amount',
      'coupon.code',
      'coupon.expires_at',
      'coupon.kind',
      'coupon.percent_off',
    ]),
  ];
}

export const templateLibrary: LibraryTemplate[] = [en, vi, th, ja].flatMap(templatesOf);
