import { describe, expect, it } from 'vitest';
import { explainDefinition } from './explain/index.js';
import { readyMadeSegments } from './ready-made.js';
import { validateDefinition } from './validate.js';

const languages = ['en', 'vi', 'th', 'ja'] as const;

describe('readyMadeSegments', () => {
  it('has the list of issue 18 item 6, keys unique', () => {
    const keys = readyMadeSegments.map((segment) => segment.key);
    expect(keys).toEqual([
      'champions',
      'loyal',
      'at_risk',
      'lapsed',
      'win_back',
      'new_customers',
      'one_time_buyers',
      'vip',
      'points_expiring',
      'first_purchase_anniversary',
      'birthday_this_month',
      'promoters',
      'detractors',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has every definition valid, the unavailable ones included', () => {
    for (const segment of readyMadeSegments) {
      expect(() => validateDefinition(segment.definition), segment.key).not.toThrow();
    }
  });

  it('says why promoters and detractors are unavailable, and only they are', () => {
    const unavailable = readyMadeSegments.filter((segment) => !segment.available);
    expect(unavailable.map((segment) => segment.key)).toEqual(['promoters', 'detractors']);
    for (const segment of unavailable) {
      expect(segment.unavailableReason).toBe('Needs surveys, which retain does not have yet.');
    }
    for (const segment of readyMadeSegments.filter((s) => s.available))
      expect(segment.unavailableReason).toBeUndefined();
  });

  it('has a name and a purpose in every language', () => {
    for (const segment of readyMadeSegments) {
      for (const language of languages) {
        expect(segment.names[language].trim(), `${segment.key} name ${language}`).not.toBe('');
        expect(segment.purpose[language].trim(), `${segment.key} purpose ${language}`).not.toBe('');
      }
    }
  });

  it('explains each in each language', () => {
    for (const segment of readyMadeSegments) {
      for (const language of languages) {
        const sentence = explainDefinition(segment.definition, language, {
          segments: new Map(),
          currency: 'USD',
        });
        expect(sentence.length, `${segment.key} ${language}`).toBeGreaterThan(10);
        expect(sentence).not.toMatch(/undefined|\[object/);
      }
    }
    const winBack = readyMadeSegments.find((segment) => segment.key === 'win_back')!;
    expect(explainDefinition(winBack.definition, 'en', { segments: new Map() })).toBe(
      'Customers whose lifecycle stage is lapsed and whose predicted 12-month value is above the workspace median.',
    );
    expect(explainDefinition(winBack.definition, 'ja', { segments: new Map() })).toBe(
      'ライフサイクルが離反で、今後12か月の予測顧客生涯価値がショップの中央値を上回る顧客',
    );
    const oneTime = readyMadeSegments.find((segment) => segment.key === 'one_time_buyers')!;
    expect(explainDefinition(oneTime.definition, 'vi', { segments: new Map() })).toBe(
      'Khách hàng đã đặt hàng đúng 1 lần và có đơn hàng đầu tiên cách đây hơn 30 ngày.',
    );
    const expiring = readyMadeSegments.find((segment) => segment.key === 'points_expiring')!;
    expect(explainDefinition(expiring.definition, 'th', { segments: new Map() })).toBe(
      'ลูกค้าที่มีคะแนนที่จะหมดอายุภายใน 30 วันข้างหน้า',
    );
  });
});
