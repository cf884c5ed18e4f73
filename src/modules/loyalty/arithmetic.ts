// Integer arithmetic for points and money: no floats touch an amount (STYLE.md, example 12).

import { assert } from '../../core/assert.js';
import { dayMs } from '../../core/time.js';

/** ⌊a × b ÷ c⌋ for non-negative integers, exact even when a × b passes 2^53. */
export function mulDivFloor(a: number, b: number, c: number): number {
  assert(c > 0, `mulDivFloor: divisor ${c} must be positive`);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** The same instant N calendar months later (UTC); the 31st clamps to the month's last day. */
export function addMonths(at: Date, months: number): Date {
  const target = new Date(at.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

export function addDays(at: Date, days: number): Date {
  return new Date(at.getTime() + days * dayMs);
}
