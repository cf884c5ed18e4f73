import { en as coreEn } from './en.js';
import { vi as coreVi } from './vi.js';
import { th as coreTh } from './th.js';
import { ja as coreJa } from './ja.js';
import { onboarding } from './areas/onboarding.js';
import { serverErrors } from './server-errors.js';
import { numbers } from './areas/numbers.js';
import { customers } from './areas/customers.js';
import { terms } from './areas/terms.js';
import { program } from './areas/program.js';
import { messages } from './areas/messages.js';
import { messagesAdmin } from './areas/messages-admin.js';
import { segments } from './areas/segments.js';
import { journeys } from './areas/journeys.js';
import { importRows } from './areas/import-rows.js';

// Each screen area's messages (areas/*.ts, written with messageArea) join the core here: one
// import and one spread per language.

const en = {
  ...coreEn,
  ...serverErrors.en,
  ...numbers.en,
  ...customers.en,
  ...terms.en,
  ...onboarding.en,
  ...program.en,
  ...messages.en,
  ...messagesAdmin.en,
  ...segments.en,
  ...journeys.en,
  ...importRows.en,
};
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;

/** The one message catalogue: every language has every key of English. */
export const catalogue = {
  en,
  vi: {
    ...coreVi,
    ...serverErrors.vi,
    ...numbers.vi,
    ...customers.vi,
    ...terms.vi,
    ...onboarding.vi,
    ...program.vi,
    ...messages.vi,
    ...messagesAdmin.vi,
    ...segments.vi,
    ...journeys.vi,
    ...importRows.vi,
  },
  th: {
    ...coreTh,
    ...serverErrors.th,
    ...numbers.th,
    ...customers.th,
    ...terms.th,
    ...onboarding.th,
    ...program.th,
    ...messages.th,
    ...messagesAdmin.th,
    ...segments.th,
    ...journeys.th,
    ...importRows.th,
  },
  ja: {
    ...coreJa,
    ...serverErrors.ja,
    ...numbers.ja,
    ...customers.ja,
    ...terms.ja,
    ...onboarding.ja,
    ...program.ja,
    ...messages.ja,
    ...messagesAdmin.ja,
    ...segments.ja,
    ...journeys.ja,
    ...importRows.ja,
  },
} satisfies Record<string, Messages>;

export type Language = keyof typeof catalogue;

export const languageNames: Record<Language, string> = {
  en: 'English',
  vi: 'Tiếng Việt',
  th: 'ไทย',
  ja: '日本語',
};

export function isLanguage(value: string): value is Language {
  return value in catalogue;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const messages: Messages = catalogue[language];
  return (key, values = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
}
