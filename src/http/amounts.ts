import { z } from 'zod';
import { moneyAmountMinorMax, pointsAmountMax } from '../core/limits.js';

// The amounts a route takes, within the bounds of limits.ts: a value past them is a 400 naming
// the field, never an overflow deeper down.

/** Minor units of one amount, from `min` (0 or 1) up to the bound. */
export const amountMinor = (min: number) => z.number().int().min(min).max(moneyAmountMinorMax);

/** A signed amount (an adjustment): non-zero, at most the bound either way. */
export const signedAmountMinor = z
  .number()
  .int()
  .min(-moneyAmountMinorMax)
  .max(moneyAmountMinorMax)
  .refine((a) => a !== 0, 'must not be 0');

/** Points of one operation, from `min` up to the bound. */
export const pointsAmount = (min: number) => z.number().int().min(min).max(pointsAmountMax);

export const signedPointsAmount = z
  .number()
  .int()
  .min(-pointsAmountMax)
  .max(pointsAmountMax)
  .refine((p) => p !== 0, 'must not be 0');
