/**
 * The SQLSTATE of a database error, wherever it sits in the cause chain (Drizzle wraps the
 * driver's error in DrizzleQueryError.cause).
 */
export function sqlState(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function systemErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

// SQLSTATE classes (PostgreSQL, Appendix A): 08 connection exception, 40 transaction rollback
// (serialization failure, deadlock), 53 insufficient resources, 57 operator intervention
// (statement timeout, shutdown), 55P03 lock not available. Retrying the same work can succeed.
const transientClasses = new Set(['08', '40', '53', '57']);

/** True for failures of the moment (deadlock, timeout, lost connection), not of the work itself. */
export function isTransientDatabaseError(error: unknown): boolean {
  const state = sqlState(error);
  if (state) return transientClasses.has(state.slice(0, 2)) || state === '55P03';
  return systemErrorCode(error) !== undefined || /Connection terminated/i.test(String(error));
}

/** Text refused before it was written because PostgreSQL could not store it as given. */
export class UnstorableText extends Error {
  constructor(
    message: string,
    /** The field holding it, when known. */
    readonly field?: string,
  ) {
    super(field ? `${field} ${message}` : message);
    this.name = 'UnstorableText';
  }
}
