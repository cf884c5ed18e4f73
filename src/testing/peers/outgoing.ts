// A message as the dispatcher hands it to an adapter, for channel tests: the fields a test does not
// care about filled with plausible values, a fresh id and idempotency key each time.
import { randomUUID } from 'node:crypto';
import type { OutgoingMessage } from '../../modules/messages/channels/channel.js';

export function outgoingMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  const key = randomUUID();
  return {
    id: `msg_${key.replaceAll('-', '')}`,
    idempotencyKey: key,
    workspaceId: 'ws_test',
    customerId: 'cus_test',
    to: { address: '+84901234567' },
    content: { text: 'Hello from retain' },
    attempt: 1,
    ...overrides,
  };
}
