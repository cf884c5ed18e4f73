// One layout for every ready-made lifecycle message: the words come from the language files, the
// layout makes them an MJML email (with its own unsubscribe footer and the sender's block), the
// plain-text part and the short SMS/LINE text. No words here.

export const lifecycleKeys = [
  'welcome',
  'thank_you',
  'review_request',
  'at_risk',
  'win_back',
  'birthday',
  'points_expiring',
  'tier_up',
  'nps_ask',
] as const;
export type LifecycleKey = (typeof lifecycleKeys)[number];

/** One email's words in one language. Every string may hold Liquid. */
export interface EmailWords {
  /** The template's name in the dashboard. */
  name: string;
  subject: string;
  preheader: string;
  heading: string;
  paragraphs: string[];
  /** Shown large on its own line: a coupon code. */
  highlight?: string;
  /** None when there is nowhere to send the reader: a coupon code is typed at the shop's checkout. */
  button?: { label: string; url: string };
  /** The line above the sender's name and signature. */
  closing: string;
}

/** A lifecycle message's words: the email's, and a short text for SMS and LINE. */
interface LifecycleWords extends EmailWords {
  /** SMS and LINE: a few lines at most (70 characters a segment in Vietnamese, Thai, Japanese). */
  short: string;
}

export interface LanguageWords {
  /** BCP 47, as the email's `lang`. */
  language: string;
  footer: { because: string; unsubscribe: string; preferences: string };
  messages: Record<LifecycleKey, LifecycleWords>;
  /** The double opt-in email; its button is the signed confirmation link (`links.confirm`). */
  confirmation: EmailWords;
  /** A coupon code customer service resends: the code, what it takes off and until when. */
  couponCode: EmailWords;
}

const liquidMarkup = /(\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\})/;

/** Escapes the words for HTML, leaving their Liquid as it is (the engine escapes what it outputs). */
function html(words: string): string {
  return words
    .split(liquidMarkup)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

const textColor = '#1f2937';
const mutedColor = '#6b7280';
const accentColor = '#111827';

export function emailMjml(language: LanguageWords, words: EmailWords): string {
  const paragraphs = words.paragraphs.map(
    (paragraph) => `<p style="margin:0 0 16px;">${html(paragraph)}</p>`,
  );
  const highlight = words.highlight
    ? `<mj-text align="center" font-size="26px" font-weight="700" letter-spacing="2px" color="${accentColor}" padding="8px 0 24px">${html(words.highlight)}</mj-text>`
    : '';
  const button = words.button
    ? `<mj-button href="${words.button.url}" background-color="${accentColor}" color="#ffffff" font-size="16px" font-weight="600" border-radius="6px" inner-padding="12px 24px" padding="8px 0 24px" align="left">${html(words.button.label)}</mj-button>`
    : '';
  return `<mjml lang="${language.language}">
  <mj-head>
    <mj-title>${html(words.subject)}</mj-title>
    <mj-attributes>
      <mj-all font-family="-apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Noto Sans Thai', 'Hiragino Sans', sans-serif" />
      <mj-text font-size="16px" line-height="1.6" color="${textColor}" padding="0" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="#f3f4f6">
    <mj-section padding="24px 0 8px">
      <mj-column>
        <mj-text align="center" font-size="14px" font-weight="600" color="${mutedColor}">{{ shop.name }}</mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="#ffffff" border-radius="8px" padding="32px 28px">
      <mj-column>
        <mj-text font-size="22px" font-weight="700" color="${accentColor}" padding="0 0 16px">${html(words.heading)}</mj-text>
        <mj-text>${paragraphs.join('')}</mj-text>
        ${highlight}
        ${button}
        <mj-text>${html(words.closing)}</mj-text>
        <mj-raw>{{ sender_block }}</mj-raw>
      </mj-column>
    </mj-section>
    <mj-section padding="16px 24px 32px">
      <mj-column>
        <mj-text align="center" font-size="12px" line-height="1.5" color="${mutedColor}">${html(language.footer.because)}<br><a href="{{ links.unsubscribe }}" style="color:${mutedColor};">${html(language.footer.unsubscribe)}</a> · <a href="{{ links.preferences }}" style="color:${mutedColor};">${html(language.footer.preferences)}</a></mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>
`;
}

export function emailText(language: LanguageWords, words: EmailWords): string {
  return [
    words.heading,
    ...words.paragraphs,
    ...(words.highlight ? [words.highlight] : []),
    ...(words.button ? [`${words.button.label}: ${words.button.url}`] : []),
    `${words.closing}\n{{ sender_block }}`,
    `--\n${language.footer.because}\n${language.footer.unsubscribe}: {{ links.unsubscribe }}\n${language.footer.preferences}: {{ links.preferences }}`,
  ].join('\n\n');
}
