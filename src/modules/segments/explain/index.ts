import { type Definition } from '../definition.js';
import {
  type Clause,
  type ExplainLanguage,
  type ExplainNames,
  type Phrasebook,
  type Tree,
  Values,
  leaf,
  normalise,
} from './sentences.js';
import { en } from './en.js';
import { vi } from './vi.js';
import { th } from './th.js';
import { ja } from './ja.js';

/**
 * One sentence, in the workspace language, saying who is in a segment: the dashboard shows it beside
 * the builder and the API returns it with every definition. Negation is pushed down to the
 * conditions (De Morgan), so "not (A and B)" reads "not A or not B" instead of a double negative.
 * An event condition that zero events satisfy ("no order in the last 60 days") always says whether
 * customers newer than its window are counted: that is the gotcha issue 18 asks us to state.
 */

export type { ExplainLanguage, ExplainNames } from './sentences.js';

export function explainDefinition(
  definition: Definition,
  language: ExplainLanguage,
  names: ExplainNames,
): string {
  const book = phrasebooks[language];
  const values = new Values(book, names.currency);
  const render = (tree: Tree, parent?: 'all' | 'any'): Clause => {
    if ('leaf' in tree) return leaf(book, values, names, tree.leaf, tree.negated);
    const joined = book.join(
      tree.group,
      tree.items.map((item) => render(item, tree.group)),
    );
    return parent ? book.nest(joined) : joined;
  };
  return book.sentence(render(normalise(definition, false)));
}

// ---------------------------------------------------------------------------------------------

const phrasebooks: Record<ExplainLanguage, Phrasebook> = { en, vi, th, ja };

/** The language a workspace's locale (`vi-VN`, `ja`) reads segments in: its own when retain speaks it, else English. */
export function explainLanguageOf(locale: string): ExplainLanguage {
  const language = locale.split('-')[0]!.toLowerCase();
  return language === 'vi' || language === 'th' || language === 'ja' ? language : 'en';
}
