import {
  type CountComparison,
  type EventWindow,
  type FieldCondition,
  type PropertyCondition,
} from '../definition.js';
import { setFields } from '../fields.js';
import type { Values } from './sentences.js';
import {
  type Phrasebook,
  isComparison,
  none,
  quoted,
  same,
  series,
  some,
  thai,
  traitName,
  typeOf,
} from './sentences.js';

const thLabels: Record<string, string> = {
  'profile.email': 'อีเมล',
  'profile.phone': 'เบอร์โทรศัพท์',
  'profile.first_name': 'ชื่อ',
  'profile.last_name': 'นามสกุล',
  'profile.external_id': 'รหัสภายนอก',
  'profile.locale': 'ภาษา',
  'profile.timezone': 'เขตเวลา',
  'profile.birthday': 'วันเกิด',
  'profile.first_seen_at': 'วันที่พบครั้งแรก',
  'orders.count': 'จำนวนคำสั่งซื้อ',
  'orders.net_revenue': 'ยอดซื้อสุทธิ',
  'orders.average_order_value': 'มูลค่าเฉลี่ยต่อคำสั่งซื้อ',
  'orders.first_order_at': 'คำสั่งซื้อแรก',
  'orders.last_order_at': 'คำสั่งซื้อล่าสุด',
  'lifecycle.stage': 'สถานะวงจรชีวิต',
  'rfm.segment': 'กลุ่ม RFM',
  'rfm.r_score': 'คะแนนความใหม่ของการซื้อ (R)',
  'rfm.f_score': 'คะแนนความถี่ของการซื้อ (F)',
  'rfm.m_score': 'คะแนนมูลค่าการซื้อ (M)',
  'predictions.probability_alive': 'โอกาสที่ยังเป็นลูกค้าอยู่',
  'predictions.clv_12_months': 'มูลค่าที่คาดการณ์ใน 12 เดือนข้างหน้า',
  'predictions.clv_above_median': 'มูลค่าที่คาดการณ์สูงกว่าค่ามัธยฐาน',
  'loyalty.tier': 'ระดับสมาชิก',
  'loyalty.points_balance': 'คะแนนสะสม',
  'loyalty.store_credit': 'เครดิตร้านค้า',
};

const thAnniversaries: Record<string, string> = {
  'profile.birthday': 'วันเกิด',
  'orders.first_order_at': 'วันครบรอบการสั่งซื้อครั้งแรก',
  'orders.last_order_at': 'วันครบรอบการสั่งซื้อล่าสุด',
  'profile.first_seen_at': 'วันครบรอบที่พบกันครั้งแรก',
};

function thLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return thai('คุณสมบัติ', traitName(condition.field));
  return thLabels[condition.field] ?? condition.field;
}

function thQuantity(c: CountComparison, unit: string, values: Values): string {
  const n = values.number(c.value);
  switch (c.op) {
    case 'eq':
      return thai(n, unit, 'พอดี');
    case 'neq':
      return thai('ไม่เท่ากับ', n, unit);
    case 'gt':
      return thai('มากกว่า', n, unit);
    case 'gte':
      return thai('อย่างน้อย', n, unit);
    case 'lt':
      return thai('น้อยกว่า', n, unit);
    case 'lte':
      return thai('ไม่เกิน', n, unit);
  }
}

function thPredicate(c: FieldCondition | PropertyCondition, values: Values): string {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return thai('เป็น', value());
    case 'neq':
    case 'not_in':
      return thai('ที่ไม่ใช่', value());
    case 'gt':
      return thai(date ? 'หลัง' : 'มากกว่า', value());
    case 'gte':
      return date ? thai('ตั้งแต่', value(), 'เป็นต้นไป') : thai('ตั้งแต่', value(), 'ขึ้นไป');
    case 'lt':
      return thai(date ? 'ก่อน' : 'น้อยกว่า', value());
    case 'lte':
      return date ? thai('ไม่เกิน', value()) : thai('ไม่เกิน', value());
    case 'between':
      return thai('ระหว่าง', value());
    case 'exists':
    case 'not_exists':
      return '';
    case 'contains':
      return thai('ที่มีคำว่า', quoted(String(c.value)));
    case 'starts_with':
      return thai('ที่ขึ้นต้นด้วย', quoted(String(c.value)));
    case 'within_last_days':
      return thai('ภายใน', values.days(c.value as number), 'ที่ผ่านมา');
    case 'more_than_days_ago':
      return thai('เมื่อกว่า', values.days(c.value as number), 'ก่อน');
    case 'anniversary_within_days':
      return c.value === 0 ? 'ในวันนี้' : thai('ภายใน', values.days(c.value as number), 'ข้างหน้า');
    case 'anniversary_this_month':
      return 'ในเดือนนี้';
  }
}

function thWhere(where: PropertyCondition[] | undefined): (values: Values) => string {
  return (values) =>
    !where?.length
      ? ''
      : thai('ที่มี', where.map((c) => thai(traitName(c.field), thPredicate(c, values))).join(' และ'));
}

function thWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return thai('ใน', values.days(window.last_days), 'ที่ผ่านมา');
  return thai('ระหว่าง', values.date(window.from), 'ถึง', values.date(window.to));
}

export const th: Phrasebook = {
  locale: 'th',
  stages: {
    prospect: 'ผู้มุ่งหวัง',
    new: 'ลูกค้าใหม่',
    repeat: 'ลูกค้าซื้อซ้ำ',
    loyal: 'ลูกค้าภักดี',
    at_risk: 'กลุ่มเสี่ยงเลิกซื้อ',
    lapsed: 'ลูกค้าที่หยุดซื้อไปแล้ว',
    reactivated: 'ลูกค้าที่กลับมาซื้ออีกครั้ง',
  },
  rfm: {
    Champions: 'แชมเปี้ยน',
    Loyal: 'ลูกค้าภักดี',
    'Potential Loyalist': 'ผู้มีแววจะภักดี',
    New: 'ลูกค้าใหม่',
    Promising: 'ลูกค้าที่มีแวว',
    'Need Attention': 'ต้องการความใส่ใจ',
    'About to Sleep': 'ใกล้หลับ',
    'At Risk': 'เสี่ยง',
    "Can't Lose": 'ห้ามเสีย',
    Hibernating: 'จำศีล',
    Lost: 'สูญหาย',
  },
  booleans: ['จริง', 'เท็จ'],
  list: (items) => series(items, ', ', ' หรือ '),
  range: (from, to) => thai(from, 'ถึง', to),
  days: (formatted) => thai(formatted, 'วัน'),
  sentence: (clause) => thai('ลูกค้าที่', clause.plain),
  join: (group, items) => same(items.map((item) => item.plain).join(group === 'all' ? ' และ' : ' หรือ')),
  nest: (clause) => same(`(${clause.plain})`),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const verbs: Record<string, [string, string]> = {
        'orders.product': ['เคยซื้อ', 'ไม่เคยซื้อ'],
        'orders.category': ['เคยซื้อสินค้าในหมวด', 'ไม่เคยซื้อสินค้าในหมวด'],
        'loyalty.badge': ['ได้รับเหรียญตรา', 'ไม่ได้รับเหรียญตรา'],
        'messages.subscribed': ['สมัครรับ', 'ไม่ได้สมัครรับ'],
      };
      const [yes, no] = verbs[field]!;
      return same(thai(op === 'neq' || op === 'not_in' ? no : yes, values.of(field, op, c.value)));
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      return same(none(comparison) ? 'ไม่เคยสั่งซื้อ' : thai('สั่งซื้อ', thQuantity(comparison, 'ครั้ง', values)));
    }
    const expiring = thai('คะแนนที่จะหมดอายุภายใน', values.days(c.within_days ?? 0), 'ข้างหน้า');
    if (field === 'loyalty.points_expiring' && comparison) {
      if (none(comparison)) return same(thai('ไม่มี', expiring));
      if (some(comparison)) return same(thai('มี', expiring));
      return same(thai('มี', expiring, thQuantity(comparison, 'คะแนน', values)));
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      return same(thai('มีมูลค่าที่คาดการณ์ใน 12 เดือนข้างหน้า', above ? 'สูงกว่า' : 'ไม่สูงกว่า', 'ค่ามัธยฐานของร้าน'));
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label =
      field === 'loyalty.points_expiring'
        ? expiring
        : anniversary
          ? (thAnniversaries[field] ?? thai('วันครบรอบ', thLabel(c)))
          : thLabel(c);
    const has = op === 'not_exists' || negated ? 'ไม่มี' : 'มี';
    return same(thai(has, label, thPredicate(c, values)));
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const name = quoted(condition.event);
    const where = thWhere(condition.where)(values);
    const window = thWindow(condition.within, values);
    const then = condition.not_followed_by
      ? ' ' +
        thai(
          'โดยไม่มี',
          quoted(condition.not_followed_by.event),
          thWhere(condition.not_followed_by.where)(values),
          'ตามมาภายใน',
          values.days(condition.not_followed_by.within_days),
        )
      : '';
    let text: string;
    if (sum) {
      const total = thPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values);
      text = thai('มียอดรวม', sum.property, 'จาก', name, where, window, then, total);
    } else if (count && none(count)) {
      text = thai(window ? 'ไม่ได้ทำ' : 'ไม่เคยทำ', name, where, window, then);
    } else {
      const times = count && !some(count) ? thQuantity(count, 'ครั้ง', values) : '';
      text = thai('ทำ', name, where, times, window, then);
    }
    if (newer && windowDays !== undefined) {
      const joined = thai('ลูกค้าที่เข้าร่วมมาไม่ถึง', values.days(windowDays));
      text = thai(text, newer === 'excluded' ? `(ไม่นับ${joined})` : `(นับรวม${joined})`);
    }
    return same(text);
  },
  segment: (name, negated) => same(thai(negated ? 'ไม่อยู่ในกลุ่ม' : 'อยู่ในกลุ่ม', quoted(name))),
  sample: (share, negated) =>
    same(thai(negated ? 'ไม่อยู่ในกลุ่มตัวอย่างสุ่มแบบคงที่' : 'อยู่ในกลุ่มตัวอย่างสุ่มแบบคงที่', share)),
};

// Japanese -------------------------------------------------------------------------------------
