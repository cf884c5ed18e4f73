// Durations in milliseconds, one definition each. Calendar arithmetic (months, local days) is not
// a fixed number of them and lives with the code that needs it.

export const secondMs = 1_000;
export const minuteMs = 60 * secondMs;
export const hourMs = 60 * minuteMs;
export const dayMs = 24 * hourMs;
