import { z } from 'zod';
import { errorTypes } from '../core/errors.js';

/** Every error's body (Stripe's shape); the OpenAPI document's `Error` component. */
export const errorResponse = z.object({
  error: z.object({
    type: z.enum(errorTypes).describe('The kind of error; it decides the HTTP status.'),
    code: z.string().describe('Stable, for programs to branch on: one of the codes in docs/errors.md.'),
    message: z.string().describe('For people; its wording may change.'),
    param: z.string().optional().describe('The parameter at fault, e.g. `batch[2].userId`.'),
  }),
});
