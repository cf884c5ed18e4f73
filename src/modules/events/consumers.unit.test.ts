import { describe, expect, it } from 'vitest';
import { consumerBatchEventsMax, consumerStepTargetMs } from '../../core/limits.js';
import { nextPageSize } from './consumers.js';

describe('nextPageSize', () => {
  it('shrinks in proportion after a slow step, doubles after a fast one, within 1 and the limit', () => {
    expect(nextPageSize(1_000, consumerStepTargetMs * 4)).toBe(250);
    expect(nextPageSize(1, consumerStepTargetMs * 10)).toBe(1);
    expect(nextPageSize(250, consumerStepTargetMs / 4)).toBe(500);
    expect(nextPageSize(consumerBatchEventsMax, 0)).toBe(consumerBatchEventsMax);
    expect(nextPageSize(300, consumerStepTargetMs * 0.75)).toBe(300);
  });
});
