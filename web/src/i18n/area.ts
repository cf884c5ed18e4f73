/**
 * A screen area's own messages in every language, beside the core catalogue (en.ts): areas are
 * written separately so that each screen adds its words without touching the others'. The type
 * makes a missing translation a compile error; catalogue.unit.test.ts checks it again at runtime.
 */
export function messageArea<const English extends Record<string, string>>(messages: {
  en: English;
  vi: Record<keyof English, string>;
  th: Record<keyof English, string>;
  ja: Record<keyof English, string>;
}) {
  return messages;
}
