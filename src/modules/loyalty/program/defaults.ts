import { currencyExponent } from '../../../core/money.js';

// A new program's earn rate and points name, before the owner sets their own.
//
// Smile.io and LoyaltyLion both start a shop at "1 point per $1 spent" (Smile's default earning
// rule "1 point for every $1 spent"; LoyaltyLion's "1 point per £1/$1"), and shops in a currency
// whose unit is worth far less than a dollar earn on a round local amount instead (Rakuten and
// T-Point: 1 point per ¥100; Central's The 1: 1 point per ฿25). One point per currency unit made
// a VND shop hand out 1,290,075 points for three orders. So: about one US dollar's worth, as a
// round amount in the shop's currency (December 2026 rates in the comments); any currency not
// listed keeps one point per major unit, which is within a few times a dollar for all of them.
const pointPerMajorUnits: Record<string, number> = {
  VND: 10_000, // ≈ $0.40: the amount Vietnamese programs count in ("1 điểm cho mỗi 10.000 ₫")
  IDR: 10_000, // ≈ $0.60
  KRW: 1_000, // ≈ $0.70
  JPY: 100, // ≈ $0.65: Rakuten, T-Point, d POINT
  INR: 100, // ≈ $1.20
  TWD: 30, // ≈ $0.95
  PHP: 50, // ≈ $0.85
  THB: 25, // ≈ $0.70: Central's The 1
};

/** Minor units of `currency` that earn one point by default: about a US dollar, rounded locally. */
export function defaultEarnPerAmountMinor(currency: string): number {
  return (pointPerMajorUnits[currency] ?? 1) * 10 ** currencyExponent(currency);
}

const pointsNames: Record<string, string> = { en: 'points', vi: 'điểm', th: 'แต้ม', ja: 'ポイント' };

/** What the points are called by default: the word of the workspace's language (BCP 47 `locale`). */
export function defaultPointsName(locale: string): string {
  return pointsNames[new Intl.Locale(locale).language] ?? pointsNames.en!;
}

/**
 * The order amount a "big order" template starts from, in minor units: a hundred times the default
 * earn amount, so about US$100 in every currency (1.000.000 ₫, ¥10,000, ฿2,500) rather than 100 of
 * any unit, which every VND order passes.
 */
export function defaultBigOrderMinor(currency: string): number {
  return 100 * defaultEarnPerAmountMinor(currency);
}
