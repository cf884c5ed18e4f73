import { describe, expect, it } from 'vitest';
import {
  catchUpPageEvents,
  consumerBatchEventsMax,
  consumerStepTargetMs,
  consumerStepTargetMsPostgres,
} from '../../core/limits.js';
import { consumerPacing, nextPageSize } from './consumers.js';

describe('nextPageSize', () => {
  it('shrinks in proportion after a slow step, doubles after a fast one, within 1 and the limit', () => {
    expect(nextPageSize(1_000, consumerStepTargetMs * 4)).toBe(250);
    expect(nextPageSize(1, consumerStepTargetMs * 10)).toBe(1);
    expect(nextPageSize(250, consumerStepTargetMs / 4)).toBe(500);
    expect(nextPageSize(consumerBatchEventsMax, 0)).toBe(consumerBatchEventsMax);
    expect(nextPageSize(300, consumerStepTargetMs * 0.75)).toBe(300);
  });

  it('lets PostgreSQL pages grow to the catch-up size within a longer step, and keeps PGlite’s short', () => {
    const postgres = consumerPacing('postgres');
    // A step PGlite would call slow is fast here: the page doubles past PGlite's limit.
    expect(nextPageSize(consumerBatchEventsMax, consumerStepTargetMs, postgres)).toBe(
      consumerBatchEventsMax * 2,
    );
    expect(nextPageSize(catchUpPageEvents, 0, postgres)).toBe(catchUpPageEvents);
    expect(nextPageSize(4_000, consumerStepTargetMsPostgres * 2, postgres)).toBe(2_000);
    const pglite = consumerPacing('pglite');
    expect(nextPageSize(consumerBatchEventsMax, 0, pglite)).toBe(consumerBatchEventsMax);
    expect(nextPageSize(1_000, consumerStepTargetMs * 2, pglite)).toBe(500);
  });
});
