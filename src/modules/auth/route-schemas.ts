import { z } from 'zod';
import { listSchema } from '../../http/pagination.js';

export const apiKeySchema = z.object({
  object: z.literal('api_key'),
  id: z.string(),
  kind: z.enum(['secret', 'publishable']),
  name: z.string(),
  redacted: z.string().describe('The key’s prefix and last four characters, e.g. `sk_…x9Qa`.'),
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
