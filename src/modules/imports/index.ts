export { importCsv, type ImportReport } from './import.js';
export { catchUpConsumers } from './catch-up.js';
export { zonedTimeToUtc, zoneOffsetMs } from '../../core/zoned-time.js';
export type { ImportType } from './columns.js';
export { importErrors } from './errors.js';
