export { importCsv, type ImportOptions, type ImportProgress, type ImportReport } from './import.js';
export { catchUpConsumers } from './catch-up.js';
export { zonedTimeToUtc, zoneOffsetMs, type WallTime } from './zoned-time.js';
export type { ImportType } from './columns.js';
export { importErrors } from './errors.js';
