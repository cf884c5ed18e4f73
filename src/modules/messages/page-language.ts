const pageLanguages = ['en', 'vi', 'th', 'ja'] as const;
export type PageLanguage = (typeof pageLanguages)[number];

/** The first of these BCP 47 locales (`vi-VN`, `ja`) whose language the pages speak; else English. */
export function pageLanguage(...locales: (string | null | undefined)[]): PageLanguage {
  for (const locale of locales) {
    const language = locale?.split(/[-_]/)[0]?.toLowerCase();
    const found = pageLanguages.find((known) => known === language);
    if (found) return found;
  }
  return 'en';
}
