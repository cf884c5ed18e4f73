// What the engine adds to an email the template did not: the unsubscribe footer (every email shows
// a visible unsubscribe link, whatever its template says) and the sender's signature block.
import type { TemplateSender } from './context.js';

interface FooterWords {
  because: (shop: string) => string;
  unsubscribe: string;
  preferences: string;
}

const footerWords: Record<string, FooterWords> = {
  en: {
    because: (shop) => `You are receiving this email as a customer of ${shop}`,
    unsubscribe: 'Unsubscribe',
    preferences: 'Email preferences',
  },
  vi: {
    because: (shop) => `Bạn nhận được email này vì bạn là khách hàng của ${shop}.`,
    unsubscribe: 'Hủy đăng ký',
    preferences: 'Tùy chọn nhận email',
  },
  th: {
    because: (shop) => `คุณได้รับอีเมลนี้เนื่องจากเป็นลูกค้าของ ${shop}`,
    unsubscribe: 'ยกเลิกการรับอีเมล',
    preferences: 'ตั้งค่าการรับอีเมล',
  },
  ja: {
    because: (shop) => `${shop}をご利用のお客様にお送りしています。`,
    unsubscribe: '配信停止',
    preferences: '配信設定',
  },
};

function wordsFor(locale: string): FooterWords {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? 'en';
  return footerWords[language] ?? footerWords.en!;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

interface FooterLinks {
  unsubscribe: string;
  preferences: string;
}

const footerStyle =
  'max-width:600px;margin:0 auto;padding:24px 16px;font-family:Helvetica,Arial,sans-serif;font-size:12px;line-height:1.5;color:#6b7280;text-align:center;';
const footerLinkStyle = 'color:#6b7280;text-decoration:underline;';

export function footerHtml(locale: string, shop: string, links: FooterLinks): string {
  const words = wordsFor(locale);
  return (
    `<div style="${footerStyle}">${escapeHtml(words.because(shop))}<br>` +
    `<a href="${escapeHtml(links.unsubscribe)}" style="${footerLinkStyle}">${escapeHtml(words.unsubscribe)}</a>` +
    ` · <a href="${escapeHtml(links.preferences)}" style="${footerLinkStyle}">${escapeHtml(words.preferences)}</a></div>`
  );
}

export function footerText(locale: string, shop: string, links: FooterLinks): string {
  const words = wordsFor(locale);
  return `${words.because(shop)}\n${words.unsubscribe}: ${links.unsubscribe}\n${words.preferences}: ${links.preferences}`;
}

/** Whether the sender has more than a name to show. */
export function hasSignature(sender: TemplateSender): boolean {
  return Boolean(sender.signature || sender.photo_url);
}

/** The sender as a person signs: photo, name, signature lines. */
export function senderBlockHtml(sender: TemplateSender): string {
  const photo = sender.photo_url
    ? `<td style="padding:0 12px 0 0;vertical-align:top;"><img src="${escapeHtml(sender.photo_url)}" width="48" height="48" alt="${escapeHtml(sender.name)}" style="display:block;width:48px;height:48px;border:0;border-radius:24px;"></td>`
    : '';
  const signature = sender.signature
    ? `<br>${sender.signature.split('\n').map(escapeHtml).join('<br>')}`
    : '';
  return (
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:16px 0;"><tr>${photo}` +
    `<td style="vertical-align:top;font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#374151;">` +
    `<strong>${escapeHtml(sender.name)}</strong>${signature}</td></tr></table>`
  );
}

export function senderBlockText(sender: TemplateSender): string {
  return sender.signature ? `${sender.name}\n${sender.signature}` : sender.name;
}
