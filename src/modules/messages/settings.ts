import { eq } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { newLinkSecret } from './links.js';
import { messagingSettings } from './schema.js';

export interface MessagingSettings {
  workspaceId: string;
  pacing: Record<string, unknown>;
  trackOpens: boolean;
  trackClicks: boolean;
  doubleOptIn: boolean;
  /** channel → the identify trait that carries its consent. */
  consentTraits: Record<string, string>;
  publicUrl: string | null;
  linkSecret: string;
}

/** Segment's spec names no consent traits; these are the common ones, and the shop may rename them. */
export const defaultConsentTraits: Record<string, string> = { email: 'email_opt_in', sms: 'sms_opt_in' };

/** The workspace's messaging settings, made with defaults (and a new link secret) on first use. */
export async function messagingSettingsOf(
  db: Db,
  workspaceId: string,
  now: Date,
): Promise<MessagingSettings> {
  const [found] = await db
    .select()
    .from(messagingSettings)
    .where(eq(messagingSettings.workspaceId, workspaceId));
  if (found) return found;
  await db
    .insert(messagingSettings)
    .values({
      workspaceId,
      pacing: {},
      consentTraits: defaultConsentTraits,
      linkSecret: newLinkSecret(),
      updatedAt: now,
    })
    .onConflictDoNothing();
  const [made] = await db
    .select()
    .from(messagingSettings)
    .where(eq(messagingSettings.workspaceId, workspaceId));
  return made!;
}
