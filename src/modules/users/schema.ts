import { index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const dashboardRoles = ['owner', 'admin', 'analyst'] as const;

/** People who sign in to the dashboard; an email belongs to one account in the whole install. */
export const dashboardUsers = pgTable(
  'dashboard_users',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    /** Stored lower-cased, so sign-in is case-insensitive. */
    email: text('email').notNull(),
    name: text('name'),
    /** argon2id PHC string (salt and parameters inside). */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: dashboardRoles }).notNull(),
    /** The dashboard language the person chose (en, vi, th, ja), followed on every browser. */
    language: text('language'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dashboard_users_email_idx').on(t.email),
    index('dashboard_users_workspace_idx').on(t.workspaceId),
  ],
);

/** Signed-in browsers. Only the SHA-256 of the cookie's token is kept. */
export const dashboardSessions = pgTable(
  'dashboard_sessions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    userId: text('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('dashboard_sessions_token_idx').on(t.tokenHash),
    index('dashboard_sessions_user_idx').on(t.workspaceId, t.userId),
  ],
);

/** An invitation link carries a token; only its hash is kept, and it works once. */
export const dashboardInvitations = pgTable(
  'dashboard_invitations',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    email: text('email').notNull(),
    role: text('role', { enum: dashboardRoles }).notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: text('invited_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('dashboard_invitations_token_idx').on(t.tokenHash),
    index('dashboard_invitations_workspace_idx').on(t.workspaceId),
  ],
);

/**
 * The one-time token the owner's sign-up needs while a workspace has no account, one per
 * workspace: a new one replaces the old, and the sign-up deletes it. Only its SHA-256 is kept.
 */
export const dashboardSetupTokens = pgTable('dashboard_setup_tokens', {
  workspaceId: text('workspace_id').primaryKey(),
  tokenHash: text('token_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/**
 * A password reset an owner asked for: the link's token works once, for `passwordResetLifetimeHours`.
 * Only its SHA-256 is kept; using it deletes the row.
 */
export const dashboardPasswordResets = pgTable(
  'dashboard_password_resets',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    userId: text('user_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    requestedBy: text('requested_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('dashboard_password_resets_token_idx').on(t.tokenHash),
    index('dashboard_password_resets_user_idx').on(t.workspaceId, t.userId),
  ],
);
