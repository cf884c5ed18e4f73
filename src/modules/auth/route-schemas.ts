import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';
import { roles } from '../../http/principal.js';

export const apiKeySchema = z.object({
  object: z.literal('api_key'),
  id: z.string(),
  kind: z.enum(['secret', 'publishable']),
  name: z.string(),
  redacted: z.string().describe('The key’s prefix and last four characters, e.g. `sk_…x9Qa`.'),
  role: z.enum(roles).describe('The key’s rights; it stops working once its creator holds less.'),
  created_by: z
    .string()
    .nullable()
    .describe('The dashboard user who made the key; null for keys made on the machine (retain keys create).'),
  created: z.string(),
  revoked: z.string().nullable(),
});

export const apiKeyListSchema = listSchema(apiKeySchema);

export const createdApiKeySchema = apiKeySchema.extend({
  key: z
    .string()
    .nullable()
    .describe(
      'The key in the clear, in this answer only. A retry with the same Idempotency-Key replays the ' +
        'answer with null here: no secret is stored to be replayed.',
    ),
});
