import { en, type MessageKey, type Messages } from './en.js';
import { vi } from './vi.js';
import { th } from './th.js';
import { ja } from './ja.js';

/** The one message catalogue: every language has every key (Thai and Japanese fall back to English). */
export const catalogue = { en, vi, th, ja } satisfies Record<string, Messages>;

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
