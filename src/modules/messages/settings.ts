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
  shopUrl: string | null;
  linkSecret: string;
}

/** Segment's spec names no consent traits; these are the common ones, and the shop may rename them. */
const defaultConsentTraits: Record<string, string> = { email: 'email_opt_in', sms: 'sms_opt_in' };

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

export interface MessagingSettingsChanges {
  pacing?: Record<string, unknown> | undefined;
  track_opens?: boolean | undefined;
  track_clicks?: boolean | undefined;
  double_opt_in?: boolean | undefined;
  consent_traits?: Record<string, string> | undefined;
  public_url?: string | null | undefined;
  shop_url?: string | null | undefined;
}

/** Pacing changes merge over what is stored (a caller may change quiet hours alone). */
export async function updateMessagingSettings(
  db: Db,
  workspaceId: string,
  changes: MessagingSettingsChanges,
  now: Date,
): Promise<MessagingSettings> {
  const current = await messagingSettingsOf(db, workspaceId, now);
  const [row] = await db
    .update(messagingSettings)
    .set({
      pacing: changes.pacing ? { ...current.pacing, ...changes.pacing } : current.pacing,
      trackOpens: changes.track_opens ?? current.trackOpens,
      trackClicks: changes.track_clicks ?? current.trackClicks,
      doubleOptIn: changes.double_opt_in ?? current.doubleOptIn,
      consentTraits: changes.consent_traits
        ? { ...current.consentTraits, ...changes.consent_traits }
        : current.consentTraits,
      publicUrl: changes.public_url === undefined ? current.publicUrl : changes.public_url,
      shopUrl: changes.shop_url === undefined ? current.shopUrl : changes.shop_url,
      updatedAt: now,
    })
    .where(eq(messagingSettings.workspaceId, workspaceId))
    .returning();
  return row!;
}
