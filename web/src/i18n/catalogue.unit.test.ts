/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { catalogue } from './catalogue.js';

type Catalogue = Record<string, Record<string, string>>;

// Every area file, whether or not catalogue.ts spreads it yet: each must carry all four languages.
const areaModules = import.meta.glob<Record<string, Catalogue>>('./areas/*.ts', { eager: true });
const areas = Object.entries(areaModules).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, area]) => ({ name: `${file} ${name}`, area })),
);
const catalogues: { name: string; area: Catalogue }[] = [
  { name: 'catalogue.ts', area: catalogue as unknown as Catalogue },
  ...areas,
];

const languages = ['vi', 'th', 'ja'] as const;

/** Words a Thai or Japanese screen writes in Latin letters too: the product, formats and acronyms. */
const sameInEveryLanguage = [
  'retain',
  'RFM',
  'CLV',
  'LTV',
  'CSV',
  'API',
  'ID',
  'BG/NBD',
  'Gamma-Gamma',
  'Cohort',
  'VIP',
  'P',
  'pt',
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);

/** A message a reader would call English: Latin words left once placeholders, code and allowed words go. */
function readsAsEnglish(text: string): boolean {
  let rest = text.replace(/\{\w+\}/g, ' ').replace(/`[^`]*`/g, ' ');
  rest = rest.replace(/(?:POST|GET) \/\S+|\/v1\/\S+/g, ' ');
  for (const word of sameInEveryLanguage) rest = rest.split(word).join(' ');
  return /[A-Za-z]{2,}/.test(rest);
}

describe('the message catalogues', () => {
  it('include the core catalogue', () => {
    expect(Object.keys(catalogue.en).length).toBeGreaterThan(200);
  });

  for (const { name, area } of catalogues) {
    describe(name, () => {
      const en = area.en!;

      it('has every key of English in every language, none empty', () => {
        for (const language of languages) {
          const messages = area[language] ?? {};
          const missing = Object.keys(en).filter((key) => !messages[key]?.trim());
          expect({ language, missing }).toEqual({ language, missing: [] });
        }
      });

      // A translation may name more (a plural "one" form in English says "1 point", Thai says {points}).
      it('keeps every placeholder of English', () => {
        for (const language of languages) {
          const messages = area[language] ?? {};
          const lost = Object.keys(en).filter(
            (key) =>
              messages[key] !== undefined &&
              placeholders(en[key]!).some((name) => !placeholders(messages[key]!).includes(name)),
          );
          expect({ language, lost }).toEqual({ language, lost: [] });
        }
      });

      it('writes nothing in Thai or Japanese as it is in English', () => {
        for (const language of ['th', 'ja'] as const) {
          const messages = area[language] ?? {};
          const untranslated = Object.keys(en).filter(
            (key) => messages[key] === en[key] && readsAsEnglish(en[key]!),
          );
          expect({ language, untranslated }).toEqual({ language, untranslated: [] });
        }
      });
    });
  }
});
