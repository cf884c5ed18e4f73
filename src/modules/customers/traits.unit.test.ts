import { describe, expect, it } from 'vitest';
import { applyTraits, parseTraits, searchName, type TraitState } from './traits.js';

const empty: TraitState = {
  columns: {
    email: null,
    phone: null,
    name: null,
    firstName: null,
    lastName: null,
    timezone: null,
    locale: null,
    birthday: null,
  },
  traits: {},
  traitTimes: {},
};

describe('traits', () => {
  it('validates standard traits and ignores invalid ones without failing', () => {
    expect(
      parseTraits({
        email: ' Lan@Example.COM ',
        first_name: 'Lan',
        lastName: 'Nguyễn',
        timezone: 'Mars/Olympus',
        locale: 'vi-vn',
        birthday: '1990-02-30',
        plan: 'gold',
      }),
    ).toEqual({
      standard: { email: 'lan@example.com', firstName: 'Lan', lastName: 'Nguyễn', locale: 'vi-VN' },
      free: { plan: 'gold' },
    });
    expect(
      parseTraits({ timezone: 'Asia/Ho_Chi_Minh', birthday: '1990-02-28', email: 'nope', locale: 42 }),
    ).toEqual({ standard: { timezone: 'Asia/Ho_Chi_Minh', birthday: '1990-02-28' }, free: {} });
  });

  it('lets the newer event win per trait, whatever order events arrive in', () => {
    const newer = applyTraits(
      empty,
      parseTraits({ email: 'new@x.io', plan: 'gold' }),
      new Date('2026-02-01'),
    );
    const older = applyTraits(
      newer,
      parseTraits({ email: 'old@x.io', plan: 'free', phone: '+84 90' }),
      new Date('2026-01-01'),
    );
    expect(older.columns.email).toBe('new@x.io');
    expect(older.columns.phone).toBe('+84 90');
    expect(older.traits).toEqual({ plan: 'gold' });
    expect(older.traitTimes).toEqual({
      email: '2026-02-01T00:00:00.000Z',
      plan: '2026-02-01T00:00:00.000Z',
      phone: '2026-01-01T00:00:00.000Z',
    });
  });

  it('keeps the old free traits when a merge would outgrow the limit', () => {
    const state = applyTraits(empty, parseTraits({ a: 1 }), new Date('2026-01-01'));
    const next = applyTraits(state, parseTraits({ big: 'x'.repeat(20_000) }), new Date('2026-01-02'));
    expect(next.traits).toEqual({ a: 1 });
    expect(next.traitTimes).toEqual({ a: '2026-01-01T00:00:00.000Z' });
  });

  it('searches the full name, or first and last name together', () => {
    expect(searchName({ name: 'Trần Thị Mai', firstName: null, lastName: null })).toBe('trần thị mai');
    expect(searchName({ name: null, firstName: 'Ada', lastName: 'Lovelace' })).toBe('ada lovelace');
    expect(searchName({ name: null, firstName: null, lastName: null })).toBeNull();
  });
});
