import { describe, expect, it } from 'vitest';
import type { CustomerConsent } from '../consent.js';
import { defaultPacingSettings } from '../pacing/index.js';
import { decide, type CustomerFacts } from './decide.js';
import type { OutboxRow } from './rows.js';

const now = new Date('2026-03-02T03:00:00Z');
const row = {
  expiresAt: null,
  channel: 'email',
  topic: null,
  priority: 'transactional',
} as unknown as OutboxRow;
const facts: CustomerFacts = {
  recipients: [],
  mergedInto: null,
  erased: false,
  consent: {} as CustomerConsent,
  suppressed: new Map(),
  zone: 'Asia/Ho_Chi_Minh',
  customerSince: now,
  sends: [],
  waiting: [],
};

describe('decide', () => {
  it('holds a message whose customer merged after the claim followed merges, for the next claim to follow', () => {
    expect(decide(row, { ...facts, mergedInto: 'cus_b' }, defaultPacingSettings, now)).toEqual({
      kind: 'defer',
      until: now,
      reason: 'customer_merged',
      detail: { into: 'cus_b' },
    });
  });

  it('suppresses a live profile without an address with no_address', () => {
    expect(decide(row, facts, defaultPacingSettings, now)).toEqual({
      kind: 'suppressed',
      reason: 'no_address',
    });
  });
});
