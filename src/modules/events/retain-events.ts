/**
 * `Customers Merged`: retain appends it when an anonymous profile joins a known one, and every
 * module that keeps something per customer follows it. It lives here, below every module that
 * reads the log, so that naming it never pulls in the customers module (an import cycle).
 */
export const customersMergedEvent = 'Customers Merged';
