import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMs, hourMs, minuteMs } from '../../../core/time.js';
import { offsetChangeBetween, zoneOffsetMs } from '../../../core/zoned-time.js';
import { customerZone } from './time-zone.js';
import { effectiveQuietHours, isQuiet, quietHoursEnd, quietHoursOver } from './quiet-hours.js';
import { defaultPacingSettings, type PacingSettings, type QuietHours } from './settings.js';

const at = (iso: string) => new Date(iso);
const defaultQuiet = { start: '21:00', end: '08:00' };

const zones = [
  'America/New_York',
  'Asia/Ho_Chi_Minh',
  'Asia/Tokyo',
  'Asia/Bangkok',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Europe/London',
];

/** Every instant at which a zone's offset changes in 2025-2028, to draw instants around them. */
function transitionsOf(zone: string): number[] {
  const found: number[] = [];
  for (let dayStart = Date.UTC(2025, 0, 1); dayStart < Date.UTC(2028, 0, 1); dayStart += dayMs) {
    const change = offsetChangeBetween(zone, dayStart, dayStart + dayMs);
    if (change !== null) found.push(change);
  }
  return found;
}
const transitions = new Map(zones.map((zone) => [zone, transitionsOf(zone)]));

const zoneAndInstant = fc.constantFrom(...zones).chain((zone) => {
  const near = transitions.get(zone)!;
  const uniform = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) });
  const nearChange =
    near.length === 0
      ? uniform
      : fc
          .tuple(fc.constantFrom(...near), fc.integer({ min: -30 * hourMs, max: 30 * hourMs }))
          .map(([change, offset]) => change + offset);
  return fc.tuple(fc.constant(zone), fc.oneof(uniform, nearChange));
});

const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45, 59))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const window: fc.Arbitrary<QuietHours> = fc.oneof(
  fc.constant(defaultQuiet),
  fc.record({ start: hhmm, end: hhmm }),
);

describe('quiet hours', () => {
  it('holds a +84 customer without a zone trait until 08:00 Vietnam time', () => {
    const { zone, source } = customerZone({ timezone: null, phone: '+84912345678' }, 'America/New_York');
    expect({ zone, source }).toEqual({ zone: 'Asia/Ho_Chi_Minh', source: 'phone' });
    // 21:30 in Hanoi is quiet; the window ends at 08:00 the next day, Hanoi time.
    expect(quietHoursEnd(at('2026-12-06T21:30:00+07:00'), zone, defaultQuiet)).toEqual(
      at('2026-12-07T08:00:00+07:00'),
    );
    expect(quietHoursEnd(at('2026-12-06T20:59:00+07:00'), zone, defaultQuiet)).toBeNull();
    expect(quietHoursEnd(at('2026-12-07T07:59:59+07:00'), zone, defaultQuiet)).toEqual(
      at('2026-12-07T08:00:00+07:00'),
    );
    expect(quietHoursEnd(at('2026-12-07T08:00:00+07:00'), zone, defaultQuiet)).toBeNull();
  });

  it("ends at 08:00 EST on New York's fall-back night, eleven hours after 22:00 EDT", () => {
    const ny = 'America/New_York';
    expect(quietHoursEnd(at('2026-10-31T22:00:00-04:00'), ny, defaultQuiet)).toEqual(
      at('2026-11-01T08:00:00-05:00'),
    );
    // 01:10 happens twice; each waits for the 01:30 that follows it.
    const early = { start: '00:30', end: '01:30' };
    expect(quietHoursEnd(at('2026-11-01T01:10:00-04:00'), ny, early)).toEqual(
      at('2026-11-01T01:30:00-04:00'),
    );
    expect(quietHoursEnd(at('2026-11-01T01:10:00-05:00'), ny, early)).toEqual(
      at('2026-11-01T01:30:00-05:00'),
    );
    // At 01:45 EDT the clocks go back to 01:00, before the window's start: it is over then.
    expect(quietHoursEnd(at('2026-11-01T01:45:00-04:00'), ny, { start: '01:30', end: '03:00' })).toEqual(
      at('2026-11-01T01:00:00-05:00'),
    );
  });

  it("ends when the clocks jump on New York's spring-forward night, where 02:xx does not exist", () => {
    const ny = 'America/New_York';
    expect(quietHoursEnd(at('2026-03-07T23:00:00-05:00'), ny, defaultQuiet)).toEqual(
      at('2026-03-08T08:00:00-04:00'),
    );
    expect(quietHoursEnd(at('2026-03-07T23:00:00-05:00'), ny, { start: '22:00', end: '02:30' })).toEqual(
      at('2026-03-08T03:00:00-04:00'),
    );
  });

  it("follows Lord Howe's half-hour change: 02:15 does not exist on its spring-forward night", () => {
    expect(
      quietHoursEnd(at('2026-10-03T23:00:00+10:30'), 'Australia/Lord_Howe', { start: '22:00', end: '02:15' }),
    ).toEqual(at('2026-10-04T02:30:00+11:00'));
  });

  it('has no window when start equals end', () => {
    expect(
      quietHoursEnd(at('2026-12-06T03:00:00Z'), 'Asia/Tokyo', { start: '09:00', end: '09:00' }),
    ).toBeNull();
  });

  it('ends at the first instant outside the window, with every instant before it inside', () => {
    fc.assert(
      fc.property(zoneAndInstant, window, ([zone, instantMs], quiet) => {
        const from = new Date(instantMs);
        const ends = quietHoursEnd(from, zone, quiet);
        if (!isQuiet(from, zone, quiet)) {
          expect(ends).toBeNull();
          return;
        }
        expect(ends).not.toBeNull();
        const endsMs = ends!.getTime();
        expect(endsMs).toBeGreaterThan(instantMs);
        expect(isQuiet(ends!, zone, quiet)).toBe(false);
        expect(quietHoursEnd(ends!, zone, quiet)).toBeNull();
        expect(isQuiet(new Date(endsMs - 1), zone, quiet)).toBe(true);
        // Windows and clock changes fall on whole minutes, so the wall time stays on one side of
        // every boundary between them: checking `at` and each whole minute after it checks all.
        for (let stepMs = Math.ceil(instantMs / minuteMs) * minuteMs; stepMs < endsMs; stepMs += minuteMs) {
          expect(isQuiet(new Date(stepMs), zone, quiet)).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('reads a window on the clocks of its zone, a whole hour of them whatever the offset', () => {
    fc.assert(
      fc.property(zoneAndInstant, ([zone, instantMs]) => {
        const wallMs = instantMs + zoneOffsetMs(zone, instantMs);
        const minuteOfDay = Math.floor((((wallMs % dayMs) + dayMs) % dayMs) / minuteMs);
        const hour = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
        const next = String((Math.floor(minuteOfDay / 60) + 1) % 24).padStart(2, '0');
        expect(isQuiet(new Date(instantMs), zone, { start: `${hour}:00`, end: `${next}:00` })).toBe(true);
      }),
    );
  });
});

describe('effective quiet hours', () => {
  const settings: PacingSettings = {
    ...defaultPacingSettings,
    channel_quiet_hours: { push: { start: '22:00', end: '07:00' }, webhook: null },
  };

  it('lets transactional messages through at any hour, on every channel', () => {
    expect(effectiveQuietHours('email', 'transactional', settings)).toEqual([]);
    expect(effectiveQuietHours('zalo', 'transactional', settings)).toEqual([]);
  });

  it("holds other messages for the channel's own window, else the workspace's", () => {
    expect(effectiveQuietHours('email', 'promotional', settings)).toEqual([
      { quiet: defaultQuiet, zone: null, source: 'workspace' },
    ]);
    expect(effectiveQuietHours('push', 'triggered', settings)).toEqual([
      { quiet: { start: '22:00', end: '07:00' }, zone: null, source: 'channel' },
    ]);
    expect(effectiveQuietHours('webhook', 'promotional', settings)).toEqual([]);
  });

  it("adds Zalo's legal window, 22:00-07:00 Vietnam time, to triggered and promotional messages", () => {
    const legal = { quiet: { start: '22:00', end: '07:00' }, zone: 'Asia/Ho_Chi_Minh', source: 'legal' };
    expect(effectiveQuietHours('zalo', 'promotional', settings)).toEqual([
      { quiet: defaultQuiet, zone: null, source: 'workspace' },
      legal,
    ]);
    expect(effectiveQuietHours('zalo', 'triggered', { ...settings, quiet_hours: null })).toEqual([legal]);
    expect(
      effectiveQuietHours('zalo', 'promotional', {
        ...settings,
        quiet_hours: null,
        respect_legal_presets: false,
      }),
    ).toEqual([]);
  });

  it("waits for both the customer's night and Vietnam's: a Zalo promotion to Tokyo at 23:30 goes at 09:00", () => {
    const windows = effectiveQuietHours('zalo', 'promotional', defaultPacingSettings);
    // 08:00 in Tokyo is 06:00 in Vietnam, still inside Zalo's window until 07:00 Vietnam time.
    expect(quietHoursOver(at('2026-12-06T23:30:00+09:00'), 'Asia/Tokyo', windows)).toEqual(
      at('2026-12-07T09:00:00+09:00'),
    );
    expect(quietHoursOver(at('2026-12-07T10:00:00+09:00'), 'Asia/Tokyo', windows)).toEqual(
      at('2026-12-07T10:00:00+09:00'),
    );
  });

  it('never opens when the windows cover every hour', () => {
    const windows = [
      { quiet: { start: '08:00', end: '20:00' }, zone: null, source: 'workspace' as const },
      { quiet: { start: '19:00', end: '09:00' }, zone: null, source: 'channel' as const },
    ];
    expect(quietHoursOver(at('2026-12-06T12:00:00Z'), 'Asia/Tokyo', windows)).toBeNull();
  });

  it('answers the first instant outside every window, each instant before it inside one', () => {
    fc.assert(
      fc.property(
        zoneAndInstant,
        fc.array(window, { minLength: 1, maxLength: 3 }),
        ([zone, instantMs], quiets) => {
          const windows = quiets.map((quiet, index) => ({
            quiet,
            zone: index === 1 ? 'Asia/Ho_Chi_Minh' : null,
            source: 'workspace' as const,
          }));
          const inside = (instant: Date) => windows.some((w) => isQuiet(instant, w.zone ?? zone, w.quiet));
          const open = quietHoursOver(new Date(instantMs), zone, windows);
          if (open === null) {
            for (let stepMs = instantMs; stepMs < instantMs + 2 * dayMs; stepMs += 5 * minuteMs) {
              expect(inside(new Date(stepMs))).toBe(true);
            }
            return;
          }
          expect(open.getTime()).toBeGreaterThanOrEqual(instantMs);
          expect(inside(open)).toBe(false);
          for (let stepMs = instantMs; stepMs < open.getTime(); stepMs += minuteMs) {
            expect(inside(new Date(stepMs))).toBe(true);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
