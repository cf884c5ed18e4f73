// TIGER_STYLE's split: a failure a caller can expect (too few points, a taken email) is a
// RetainError the edge answers with its code; a broken invariant (a ledger whose sum disagrees with
// its cached balance, a lot below zero) is a bug. Its own class keeps it out of every catalog and
// every `catch` that handles RetainError, so it reaches the edge as a bug and fails tests loudly.

/** A broken invariant: a bug in retain, never a result a caller handles. */
export class InvariantViolation extends Error {
  constructor(message: string) {
    super(`invariant violated: ${message}`);
    this.name = 'InvariantViolation';
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new InvariantViolation(message);
}
