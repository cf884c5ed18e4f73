// The plain-text part of an email whose template has no text_body, derived from its HTML.
//
// Written here rather than taken from html-to-text: that package is in node_modules only as
// mailparser's dependency, not one of ours, and the engine runs this converter once per template
// version on the compiled HTML with its Liquid still in it (the result is then a Liquid template
// like any other), so it must leave `{{ … }}` and `{% … %}` as written, which a general converter
// does not promise: the Liquid is set aside before conversion and put back after. What email HTML
// needs is small: drop head, styles, scripts and Outlook conditional comments; paragraphs,
// headings, rows and line breaks become line breaks; a link keeps its URL.

const namedEntities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  zwnj: '',
  zwj: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[name.toLowerCase()] ?? whole;
  });
}

const blockTags =
  /<\/?(?:p|div|h[1-6]|tr|table|ul|ol|li|blockquote|section|article|header|footer|center|hr)\b[^>]*>/gi;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

function linkText(openTag: string, inner: string): string {
  const href = attribute(openTag, 'href');
  const label = inner
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (href === null || href === '' || href.startsWith('#') || /^mailto:/i.test(href)) return label;
  if (label === '' || decodeEntities(label) === decodeEntities(href)) return href;
  return `${label} (${href})`;
}

const liquidMarkup = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g;
// Stands for the n-th piece of Liquid while the HTML is converted: no character in it is one the
// conversion touches.
const liquidPlaceholder = /\uE000(\d+)\uE000/g;

/** Plain text of an HTML email: readable paragraphs, each link followed by its URL. */
export function htmlToText(html: string): string {
  const liquid: string[] = [];
  const masked = html.replace(liquidMarkup, (markup) => `\uE000${liquid.push(markup) - 1}\uE000`);
  const text = masked
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(head|style|script|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (_whole, openTag: string, inner: string) =>
      linkText(openTag, inner),
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(blockTags, '\n\n')
    .replace(/<\/?[a-z!][^>]*>/gi, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(liquidPlaceholder, (_placeholder, index: string) => liquid[Number(index)]!);
}
