import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';
import { dashboardRoles } from './schema.js';
import { dashboardLanguages } from './users.js';

export const role = z.enum(dashboardRoles);

export const dashboardUserSchema = z.object({
  object: z.literal('dashboard_user'),
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role,
  language: z
    .enum(dashboardLanguages)
    .nullable()
    .describe("The dashboard language the person chose; null until they choose (the browser's is used)."),
  created: z.string(),
});

export const userListSchema = listSchema(dashboardUserSchema);

export const setupSchema = z.object({
  needs_owner: z.boolean().describe('True until the first owner account exists.'),
});

export const newSessionSchema = z.object({
  object: z.literal('session'),
  user: dashboardUserSchema,
  csrf_token: z.string().describe('Send it as the X-Retain-CSRF header with every mutating request.'),
  expires: z.string(),
});

export const currentSessionSchema = z.object({
  object: z.literal('session'),
  user: dashboardUserSchema.nullable().describe('Null when signed out.'),
  csrf_token: z.string().nullable(),
});

const invitationSchema = z.object({
  object: z.literal('invitation'),
  id: z.string(),
  email: z.string(),
  role,
  created: z.string(),
  expires: z.string(),
});

export const invitationListSchema = listSchema(invitationSchema);

export const newInvitationSchema = invitationSchema.extend({
  token: z
    .string()
    .nullable()
    .describe(
      'For the invitation link, in this answer only. A retry with the same Idempotency-Key replays the ' +
        'answer with null here: no secret is stored to be replayed.',
    ),
});

export const newPasswordResetSchema = z.object({
  object: z.literal('password_reset'),
  id: z.string(),
  user_id: z.string(),
  created: z.string(),
  expires: z.string(),
  token: z
    .string()
    .nullable()
    .describe(
      'For the reset link, in this answer only; POST it with the new password to ' +
        '/auth/password-reset/accept. A retry with the same Idempotency-Key replays null here.',
    ),
});

export const languageField = z
  .string()
  .optional()
  .describe(`The dashboard language: ${dashboardLanguages.join(', ')}.`);

export const noContent = z.null().describe('No content.');
