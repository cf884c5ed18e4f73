import { z } from 'zod';
import { supportedYearsText, withinSupportedYears } from '../core/supported-years.js';

/** An ISO 8601 date-time with its offset, in the years retain supports (limits.ts). */
export const instant = z.iso
  .datetime({ offset: true })
  .refine((text) => withinSupportedYears(new Date(text)), { message: `must be ${supportedYearsText}` });
