import type { ErrorCatalog } from '../../core/errors.js';

/** Ingestion's limits are Segment's, so its clients already respect them. */
export const eventErrors = {
  event_too_large: {
    type: 'invalid_request_error',
    meaning: 'An event is over 32 KB once decompressed.',
    fix: 'Keep each event under 32 KB, as Segment does.',
  },
  batch_too_large: {
    type: 'invalid_request_error',
    meaning: 'A batch body is over 500 KB once decompressed.',
    fix: 'Split the batch: at most 500 KB per request, as Segment does.',
  },
  content_encoding_unsupported: {
    type: 'invalid_request_error',
    status: 415,
    meaning: 'The body is compressed with an encoding retain does not read.',
    fix: 'Send the body uncompressed or with `Content-Encoding: gzip` (or deflate).',
  },
  origin_not_allowed: {
    type: 'permission_error',
    meaning: "A browser sent events with the publishable key from an origin the workspace doesn't allow.",
    fix: 'Add the page’s origin with `PATCH /v1/workspace {"allowed_origins": [...]}`, or send from a server.',
  },
  event_server_only: {
    type: 'permission_error',
    meaning:
      'A publishable key sent an event only the shop’s server may send: an order, a merge, or a loyalty award.',
    fix: 'Send it from your server with a secret key (sk_…); the events README lists them.',
  },
} satisfies ErrorCatalog;
