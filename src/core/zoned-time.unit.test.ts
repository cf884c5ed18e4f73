import { describe, expect, it } from 'vitest';
import { zoneOffsetMs } from './zoned-time.js';

const hourMs = 3_600_000;

describe('zoneOffsetMs', () => {
  it('answers each zone its own offset at the same instant, asked again and again', () => {
    const at = Date.parse('2026-03-02T05:00:00.250Z');
    for (let i = 0; i < 3; i++) {
      expect(zoneOffsetMs('Asia/Ho_Chi_Minh', at)).toBe(7 * hourMs);
      expect(zoneOffsetMs('Asia/Tokyo', at)).toBe(9 * hourMs);
      expect(zoneOffsetMs('America/New_York', at)).toBe(-5 * hourMs);
    }
  });

  it('changes at the second a daylight-saving change happens, whatever was asked before', () => {
    // New York: 2026-03-08 02:00 EST (07:00 UTC) became 03:00 EDT.
    const change = Date.parse('2026-03-08T07:00:00Z');
    expect(zoneOffsetMs('America/New_York', change - 1)).toBe(-5 * hourMs);
    expect(zoneOffsetMs('America/New_York', change)).toBe(-4 * hourMs);
    expect(zoneOffsetMs('America/New_York', change - 1000)).toBe(-5 * hourMs);
    expect(zoneOffsetMs('America/New_York', change + 999)).toBe(-4 * hourMs);
  });
});
