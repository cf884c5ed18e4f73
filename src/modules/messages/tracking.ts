// Open and click tracking of an email's HTML. Links are rewritten to retain's signed click
// redirect (the target is part of the signature, so the redirect cannot be pointed elsewhere) and
// a 1×1 pixel marks the open. The unsubscribe and preference links are left as they are: a
// customer leaving must never depend on the tracker.
import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { RetainError } from '../../core/errors.js';
import type { Db } from '../../db/connection.js';
import { appendEvents } from '../events/index.js';
import { messageLogEvent } from './message-events.js';
import { clickLink, verifyLink } from './links.js';
import { messages } from './schema.js';
import { messagingSettingsOf } from './settings.js';

const hrefPattern = /(<a\b[^>]*?\bhref\s*=\s*)(["'])(https?:\/\/[^"']+)\2/gi;

function unescapeHtmlAttribute(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}

export function trackedHtml(
  html: string,
  options: {
    publicUrl: string;
    secret: string;
    workspaceId: string;
    messageId: string;
    clicks: boolean;
    openPixel: string | null;
    untracked: readonly string[];
  },
): string {
  let out = html;
  if (options.clicks) {
    out = out.replace(hrefPattern, (whole, before: string, quote: string, url: string) => {
      const target = unescapeHtmlAttribute(url);
      if (options.untracked.includes(target)) return whole;
      const tracked = clickLink(options.publicUrl, options.secret, options, target).replaceAll('&', '&amp;');
      return `${before}${quote}${tracked}${quote}`;
    });
  }
  if (options.openPixel) {
    const pixel = `<img src="${options.openPixel}" width="1" height="1" alt="" style="display:block;border:0;width:1px;height:1px">`;
    out = /<\/body>/i.test(out) ? out.replace(/<\/body>/i, `${pixel}</body>`) : out + pixel;
  }
  return out;
}

/** A message's open or click, once the link's signature checks: its first time goes on the message and into the log. */
export async function recordEngagement(
  db: Db,
  kind: 'open' | 'click',
  link: { workspaceId: string; messageId: string; token: string; url?: string },
  now: Date,
): Promise<void> {
  const settings = await messagingSettingsOf(db, link.workspaceId, now);
  const parts =
    kind === 'open' ? [link.workspaceId, link.messageId] : [link.workspaceId, link.messageId, link.url ?? ''];
  if (!verifyLink(settings.linkSecret, kind, parts, link.token)) {
    throw new RetainError('link_invalid', 'This link is not one retain signed.');
  }
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set(
        kind === 'open'
          ? { openedAt: sql`coalesce(${messages.openedAt}, ${now})` }
          : {
              clickedAt: sql`coalesce(${messages.clickedAt}, ${now})`,
              openedAt: sql`coalesce(${messages.openedAt}, ${now})`,
            },
      )
      .where(and(eq(messages.workspaceId, link.workspaceId), eq(messages.id, link.messageId)))
      .returning();
    if (!row) throw new RetainError('link_invalid', 'This link is not one retain signed.');
    const fact = { ...row, producerId: row.producerId };
    const target = link.url
      ? crypto.createHash('sha256').update(link.url).digest('base64url').slice(0, 16)
      : '';
    // One Opened per message; one Clicked per message and link, whatever the number of clicks.
    const event = messageLogEvent(
      kind === 'open' ? 'Message Opened' : 'Message Clicked',
      fact,
      now,
      link.url ? { url: link.url } : {},
    );
    if (kind === 'click') event.messageId = `${event.messageId}:${target}`;
    await appendEvents(tx, link.workspaceId, [event]);
  });
}
