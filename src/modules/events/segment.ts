import { z } from 'zod';
import { instant as isoTime } from '../../http/instant.js';
import { identityLengthMax, messageIdLengthMax, nameLengthMax, batchEventsMax } from '../../core/limits.js';

// Segment's HTTP Tracking API (https://segment.com/docs/connections/sources/catalog/libraries/server/http-api/):
// the messages real clients send, as the schemas that validate them. Unknown fields (`channel`,
// `version`, `_metadata`, …) are allowed and dropped.

// A JSON object whose values are kept as sent. Checked by shape only: walking every key of every
// properties, traits and context object (z.record) was the largest cost of ingesting a batch.
const object = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'Invalid input: expected object' },
);
/** Segment accepts numeric ids and treats them as strings. */
const identity = z
  .union([z.string().min(1).max(identityLengthMax), z.number().finite()])
  .transform((value) => String(value));

const common = {
  messageId: z.string().min(1).max(messageIdLengthMax).optional(),
  userId: identity.nullish(),
  anonymousId: identity.nullish(),
  timestamp: isoTime.optional().describe('When it happened, by the client clock.'),
  originalTimestamp: isoTime.optional(),
  sentAt: isoTime.optional().describe('When the client sent it, by the same clock: corrects its skew.'),
  context: object.optional(),
  integrations: object.optional().describe('Accepted for compatibility; retain has no destinations.'),
  writeKey: z.string().optional(),
};

const shapes = {
  identify: { ...common, traits: object.optional() },
  track: { ...common, event: z.string().min(1).max(nameLengthMax), properties: object.optional() },
  page: {
    ...common,
    name: z.string().max(nameLengthMax).optional(),
    category: z.string().max(nameLengthMax).optional(),
    properties: object.optional(),
  },
  screen: { ...common, name: z.string().max(nameLengthMax).optional(), properties: object.optional() },
  group: { ...common, groupId: identity, traits: object.optional() },
  alias: { ...common, userId: identity, previousId: identity },
} as const;

export type MessageType = keyof typeof shapes;
export const messageTypes = Object.keys(shapes) as MessageType[];

type Identified = { userId?: string | null | undefined; anonymousId?: string | null | undefined };

/** Every message but alias names who it is about: a userId, an anonymousId, or both. */
function requireIdentity<Message extends Identified>(
  message: Message,
  context: z.RefinementCtx<Message>,
): void {
  if (!message.userId && !message.anonymousId) {
    context.addIssue({ code: 'custom', path: ['userId'], message: 'userId or anonymousId is required' });
  }
}

/** The body of `POST /v1/<type>`: one message; a `type` field, if present, must match. */
export const singleMessageSchemas = {
  identify: z
    .object({ ...shapes.identify, type: z.literal('identify').optional() })
    .superRefine(requireIdentity),
  track: z.object({ ...shapes.track, type: z.literal('track').optional() }).superRefine(requireIdentity),
  page: z.object({ ...shapes.page, type: z.literal('page').optional() }).superRefine(requireIdentity),
  screen: z.object({ ...shapes.screen, type: z.literal('screen').optional() }).superRefine(requireIdentity),
  group: z.object({ ...shapes.group, type: z.literal('group').optional() }).superRefine(requireIdentity),
  alias: z.object({ ...shapes.alias, type: z.literal('alias').optional() }),
};

/** In a batch `type` is required and picks the schema. */
const batchItemSchema = z.discriminatedUnion('type', [
  z.object({ ...shapes.identify, type: z.literal('identify') }).superRefine(requireIdentity),
  z.object({ ...shapes.track, type: z.literal('track') }).superRefine(requireIdentity),
  z.object({ ...shapes.page, type: z.literal('page') }).superRefine(requireIdentity),
  z.object({ ...shapes.screen, type: z.literal('screen') }).superRefine(requireIdentity),
  z.object({ ...shapes.group, type: z.literal('group') }).superRefine(requireIdentity),
  z.object({ ...shapes.alias, type: z.literal('alias') }),
]);

/** `POST /v1/batch`: the envelope's context merges under each message's own. */
export const batchSchema = z.object({
  batch: z.array(batchItemSchema).min(1).max(batchEventsMax),
  context: object.optional(),
  integrations: object.optional(),
  writeKey: z.string().optional(),
  sentAt: isoTime.optional(),
});

/** A validated message of any type, as normalisation reads it. */
export type SegmentMessage = { type: MessageType } & z.output<z.ZodObject<typeof common>> & {
    traits?: Record<string, unknown> | undefined;
    properties?: Record<string, unknown> | undefined;
    event?: string;
    name?: string | undefined;
    category?: string | undefined;
    groupId?: string;
    previousId?: string;
  };

export type SegmentBatch = z.output<typeof batchSchema>;
