/**
 * For consumers that resolve an event's customer themselves (orders, coupons, loyalty, consent):
 * they read the log after the customers consumer (`Consumer.after`), so the customers consumer has
 * placed each event first: merged profiles, and late events of an erased person scrubbed and
 * pseudonymised before any other reader resolves their ids. Ahead of it, a reader could claim the
 * ids for a profile of its own and the late event stayed unscrubbed (the erasure test's flake).
 */
export const resolvesAfterCustomers: readonly string[] = ['customers'];
