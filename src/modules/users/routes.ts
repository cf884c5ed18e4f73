import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RetainError } from '../../core/errors.js';
import type { AppContext } from '../../http/context.js';
import { principal } from '../../http/principal.js';
import { ensureDefaultWorkspace } from '../workspaces/index.js';
import {
  csrfHeaderName,
  csrfTokenOf,
  endAllSessions,
  endSession,
  findSessionUser,
  sessionUserForChange,
  type SessionGrant,
} from './sessions.js';
import { clearedSessionCookie, sessionCookie, sessionTokenOf } from './cookies.js';
import {
  acceptInvitation,
  changeLanguage,
  changeUserRole,
  inviteUser,
  listInvitations,
  listUsers,
  needsOwner,
  presentUser,
  removeUser,
  revokeInvitation,
  signIn,
  signUpOwnerWithSetupToken,
  type Actor,
} from './users.js';
import { acceptPasswordReset, changePassword, requestPasswordReset } from './password-changes.js';
import * as schemas from './route-schemas.js';

const credentials = z
  .object({ email: z.string(), password: z.string(), name: z.string().optional() })
  .strict();
const ownerSignUp = z
  .object({
    email: z.string(),
    password: z.string(),
    name: z.string().optional(),
    language: schemas.languageField,
    setup_token: z
      .string()
      .optional()
      .describe('The one-time token retain start prints while no account exists (or retain setup-token).'),
  })
  .strict();
const { role } = schemas;

function secureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.headers['x-forwarded-proto'] === 'https';
}

function sendSession(request: FastifyRequest, reply: FastifyReply, grant: SessionGrant, status = 200) {
  reply.header('set-cookie', sessionCookie(grant.token, grant.expiresAt, secureRequest(request)));
  return reply.status(status).send({
    object: 'session' as const,
    user: presentUser(grant.user),
    csrf_token: grant.csrfToken,
    expires: grant.expiresAt.toISOString(),
  });
}

/** The signed-in user of an /auth change, and their session's token (needs the CSRF header). */
async function changingSession(ctx: AppContext, request: FastifyRequest) {
  const token = sessionTokenOf(request.headers.cookie);
  const csrfToken = request.headers[csrfHeaderName];
  const user = await sessionUserForChange(
    ctx.db,
    token,
    typeof csrfToken === 'string' ? csrfToken : null,
    ctx.clock.now(),
  );
  return { user, token: token! };
}

/** A key acts with its own role (at most its creator's), never as an owner of accounts. */
function actorOf(request: FastifyRequest): Actor {
  const acting = principal(request);
  return { role: acting.role, id: acting.userId ?? acting.keyId, session: acting.session };
}

// Roles are a person's decision: a key, even the owner's, cannot change who may do what.
const ownerSignedIn = { minRole: 'owner', sessionOnly: true, errors: ['last_owner'] } as const;

// Attempts per client address, counted in PostgreSQL so every retain process shares the count
// (src/server/rate-limits.ts): argon2 makes each guess costly, and this makes guesses few.
const rateLimited = { budget: 'signIn' } as const;

/** Dashboard accounts: first owner, sign-in/out, the current session, users and invitations. */
export const userRoutes: FastifyPluginAsyncZod<AppContext> = async (app, ctx) => {
  const dashboardWorkspaceId = async () =>
    ctx.defaultWorkspaceId ?? (await ensureDefaultWorkspace(ctx.db)).id;

  app.get(
    '/auth/setup',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Whether the first visit must create the owner account',
        response: { 200: schemas.setupSchema },
      },
    },
    async () => ({ needs_owner: await needsOwner(ctx.db, await dashboardWorkspaceId()) }),
  );
  app.post(
    '/auth/sign-up-owner',
    {
      config: { ...rateLimited, errors: ['owner_exists', 'setup_token_invalid', 'email_taken'] },
      schema: {
        tags: ['dashboard'],
        summary: 'Create the owner account with the setup token',
        body: ownerSignUp,
        response: { 201: schemas.newSessionSchema },
      },
    },
    async (request, reply) => {
      const { setup_token: setupToken, ...fields } = request.body;
      const workspaceId = await dashboardWorkspaceId();
      const grant = await signUpOwnerWithSetupToken(ctx.db, workspaceId, fields, setupToken, ctx.clock.now());
      return sendSession(request, reply, grant, 201);
    },
  );
  app.post(
    '/auth/sign-in',
    {
      config: { ...rateLimited, errors: ['credentials_invalid'] },
      schema: {
        tags: ['dashboard'],
        summary: 'Sign in; sets the session cookie',
        body: credentials,
        response: { 200: schemas.newSessionSchema },
      },
    },
    async (request, reply) =>
      sendSession(request, reply, await signIn(ctx.db, request.body, ctx.clock.now())),
  );
  app.post(
    '/auth/invitations/accept',
    {
      config: { ...rateLimited, errors: ['invitation_invalid', 'email_taken'] },
      schema: {
        tags: ['dashboard'],
        summary: 'Accept an invitation: set a password and sign in',
        body: z
          .object({
            token: z.string(),
            password: z.string(),
            name: z.string().optional(),
            language: schemas.languageField,
          })
          .strict(),
        response: { 201: schemas.newSessionSchema },
      },
    },
    async (request, reply) =>
      sendSession(request, reply, await acceptInvitation(ctx.db, request.body, ctx.clock.now()), 201),
  );
  app.get(
    '/auth/me',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'The signed-in user and the CSRF token of the session; user null when signed out',
        response: { 200: schemas.currentSessionSchema },
      },
    },
    async (request) => {
      const token = sessionTokenOf(request.headers.cookie);
      const user = token ? await findSessionUser(ctx.db, token, ctx.clock.now()) : null;
      if (!token || !user) return { object: 'session' as const, user: null, csrf_token: null };
      return { object: 'session' as const, user: presentUser(user), csrf_token: csrfTokenOf(token) };
    },
  );
  app.patch(
    '/auth/me',
    {
      config: { errors: ['session_invalid', 'csrf_token_invalid'] },
      schema: {
        tags: ['dashboard'],
        summary: "Change the signed-in user's own dashboard language (needs X-Retain-CSRF)",
        body: z.object({ language: z.string().describe(schemas.languageField.description!) }).strict(),
        response: { 200: schemas.currentSessionSchema },
      },
    },
    async (request) => {
      const { user, token } = await changingSession(ctx, request);
      const changed = await changeLanguage(ctx.db, user, request.body.language, ctx.clock.now());
      return { object: 'session' as const, user: changed, csrf_token: csrfTokenOf(token) };
    },
  );
  app.post(
    '/auth/sign-out',
    {
      config: { errors: ['csrf_token_invalid'] },
      schema: {
        tags: ['dashboard'],
        summary: 'End the session (needs the X-Retain-CSRF header)',
        response: { 204: schemas.noContent },
      },
    },
    async (request, reply) => {
      const token = sessionTokenOf(request.headers.cookie);
      if (token) {
        if (request.headers[csrfHeaderName] !== csrfTokenOf(token)) {
          throw new RetainError('csrf_token_invalid', 'Missing or wrong X-Retain-CSRF header.');
        }
        await endSession(ctx.db, token);
      }
      reply.header('set-cookie', clearedSessionCookie());
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/auth/password',
    {
      config: { ...rateLimited, errors: ['session_invalid', 'csrf_token_invalid', 'password_incorrect'] },
      schema: {
        tags: ['dashboard'],
        summary: "Change the signed-in user's password; their other sessions end (needs X-Retain-CSRF)",
        body: z.object({ current_password: z.string(), new_password: z.string() }).strict(),
        response: { 204: schemas.noContent },
      },
    },
    async (request, reply) => {
      const { user, token } = await changingSession(ctx, request);
      const { current_password: currentPassword, new_password: newPassword } = request.body;
      await changePassword(ctx.db, user, token, { currentPassword, newPassword }, ctx.clock.now());
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/auth/sign-out-everywhere',
    {
      config: { errors: ['session_invalid', 'csrf_token_invalid'] },
      schema: {
        tags: ['dashboard'],
        summary: 'End every session of the signed-in user, this one too (needs X-Retain-CSRF)',
        response: { 204: schemas.noContent },
      },
    },
    async (request, reply) => {
      await endAllSessions(ctx.db, (await changingSession(ctx, request)).user);
      reply.header('set-cookie', clearedSessionCookie());
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/auth/password-reset/accept',
    {
      config: { ...rateLimited, errors: ['password_reset_invalid'] },
      schema: {
        tags: ['dashboard'],
        summary: "Set a new password with an owner's reset token; every session of the account ends",
        body: z.object({ token: z.string(), password: z.string() }).strict(),
        response: { 204: schemas.noContent },
      },
    },
    async (request, reply) => {
      await acceptPasswordReset(ctx.db, request.body, ctx.clock.now());
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/v1/dashboard/users',
    {
      schema: { tags: ['dashboard'], summary: 'Dashboard users', response: { 200: schemas.userListSchema } },
    },
    async (request) => ({
      object: 'list' as const,
      data: await listUsers(ctx.db, principal(request).workspaceId),
      has_more: false,
    }),
  );
  app.patch(
    '/v1/dashboard/users/:id',
    {
      schema: {
        tags: ['dashboard'],
        summary: "Change a user's role (a signed-in owner only)",
        params: z.object({ id: z.string() }),
        body: z.object({ role }).strict(),
        response: { 200: schemas.dashboardUserSchema },
      },
      config: ownerSignedIn,
    },
    async (request) =>
      changeUserRole(
        ctx.db,
        principal(request).workspaceId,
        actorOf(request),
        request.params.id,
        request.body.role,
        ctx.clock.now(),
      ),
  );
  app.delete(
    '/v1/dashboard/users/:id',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Remove a user (a signed-in owner only)',
        params: z.object({ id: z.string() }),
        response: { 200: schemas.dashboardUserSchema },
      },
      config: ownerSignedIn,
    },
    async (request) =>
      removeUser(ctx.db, principal(request).workspaceId, actorOf(request), request.params.id),
  );
  app.post(
    '/v1/dashboard/users/:id/password-reset',
    {
      schema: {
        tags: ['dashboard'],
        summary:
          'A one-time password reset for a user (a signed-in owner only); the token is in this answer only',
        params: z.object({ id: z.string() }),
        response: { 201: schemas.newPasswordResetSchema },
      },
      config: { minRole: 'owner', sessionOnly: true, secretFields: ['token'] },
    },
    async (request, reply) => {
      const acting = principal(request);
      const reset = await requestPasswordReset(
        ctx.db,
        acting.workspaceId,
        acting.keyId,
        request.params.id,
        ctx.clock.now(),
      );
      return reply.status(201).send(reset);
    },
  );
  app.get(
    '/v1/dashboard/invitations',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Open invitations',
        response: { 200: schemas.invitationListSchema },
      },
    },
    async (request) => ({
      object: 'list' as const,
      data: await listInvitations(ctx.db, principal(request).workspaceId, ctx.clock.now()),
      has_more: false,
    }),
  );
  app.post(
    '/v1/dashboard/invitations',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Invite a user; the token (for the link) is in this answer only',
        body: z.object({ email: z.string(), role }).strict(),
        response: { 201: schemas.newInvitationSchema },
      },
      config: { secretFields: ['token'], errors: ['role_forbidden', 'session_required'] },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteUser(
            ctx.db,
            principal(request).workspaceId,
            actorOf(request),
            request.body,
            ctx.clock.now(),
          ),
        ),
  );
  app.delete(
    '/v1/dashboard/invitations/:id',
    {
      schema: {
        tags: ['dashboard'],
        summary: 'Revoke an invitation',
        params: z.object({ id: z.string() }),
        response: { 204: schemas.noContent },
      },
    },
    async (request, reply) => {
      await revokeInvitation(ctx.db, principal(request).workspaceId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
