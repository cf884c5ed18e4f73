import { describe, expect, it } from 'vitest';
import { canonicalZone, customerZone, zoneOfPhone } from './time-zone.js';

describe('customer time zones', () => {
  it("infers the zone of a phone number's country when the country keeps one clock", () => {
    expect(zoneOfPhone('+84912345678')).toBe('Asia/Ho_Chi_Minh');
    expect(zoneOfPhone('+66812345678')).toBe('Asia/Bangkok');
    expect(zoneOfPhone('+81312345678')).toBe('Asia/Tokyo');
    expect(zoneOfPhone('+18765551234')).toBe('America/Jamaica');
  });

  it('answers null for countries with several clocks and numbers without a country', () => {
    expect(zoneOfPhone('+12125550123')).toBeNull();
    expect(zoneOfPhone('+14165550123')).toBeNull();
    expect(zoneOfPhone('+61412345678')).toBeNull();
    expect(zoneOfPhone('0912345678')).toBeNull();
    expect(zoneOfPhone('not a phone')).toBeNull();
  });

  it('names zones by their IANA canonical names, whatever alias or case Intl accepted', () => {
    expect(canonicalZone('Asia/Saigon')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalZone('asia/ho_chi_minh')).toBe('Asia/Ho_Chi_Minh');
    expect(canonicalZone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(canonicalZone('America/New_York')).toBe('America/New_York');
    expect(canonicalZone('Mars/Olympus_Mons')).toBeNull();
  });

  it('takes the trait, else the phone, else the workspace; a trait that is no zone falls through', () => {
    const workspace = 'Asia/Bangkok';
    expect(customerZone({ timezone: 'Asia/Tokyo', phone: '+84912345678' }, workspace)).toEqual({
      zone: 'Asia/Tokyo',
      source: 'trait',
    });
    expect(customerZone({ timezone: 'Hanoi time', phone: '+84912345678' }, workspace)).toEqual({
      zone: 'Asia/Ho_Chi_Minh',
      source: 'phone',
    });
    expect(customerZone({ timezone: null, phone: '+12125550123' }, workspace)).toEqual({
      zone: 'Asia/Bangkok',
      source: 'workspace',
    });
    expect(customerZone({}, workspace)).toEqual({ zone: 'Asia/Bangkok', source: 'workspace' });
  });
});
