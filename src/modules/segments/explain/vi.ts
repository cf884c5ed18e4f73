import {
  type Comparison,
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
  traitName,
  typeOf,
} from './sentences.js';

// Vietnamese -----------------------------------------------------------------------------------

const viLabels: Record<string, string> = {
  'profile.email': 'địa chỉ email',
  'profile.phone': 'số điện thoại',
  'profile.first_name': 'tên',
  'profile.last_name': 'họ',
  'profile.external_id': 'mã bên ngoài',
  'profile.locale': 'ngôn ngữ',
  'profile.timezone': 'múi giờ',
  'profile.birthday': 'ngày sinh',
  'profile.first_seen_at': 'ngày ghé thăm đầu tiên',
  'orders.count': 'số đơn hàng',
  'orders.net_revenue': 'doanh thu thuần',
  'orders.average_order_value': 'giá trị đơn hàng trung bình',
  'orders.first_order_at': 'đơn hàng đầu tiên',
  'orders.last_order_at': 'đơn hàng gần nhất',
  'lifecycle.stage': 'giai đoạn vòng đời',
  'rfm.segment': 'nhóm RFM',
  'rfm.r_score': 'điểm RFM về độ gần đây',
  'rfm.f_score': 'điểm RFM về tần suất',
  'rfm.m_score': 'điểm RFM về giá trị',
  'predictions.probability_alive': 'khả năng vẫn còn mua hàng',
  'predictions.clv_12_months': 'giá trị dự đoán trong 12 tháng tới',
  'predictions.clv_above_median': 'giá trị dự đoán trên trung vị',
  'loyalty.tier': 'hạng thành viên',
  'loyalty.points_balance': 'số điểm tích lũy',
  'loyalty.store_credit': 'tín dụng cửa hàng',
};

const viAnniversaries: Record<string, string> = {
  'profile.birthday': 'sinh nhật',
  'orders.first_order_at': 'ngày kỷ niệm đơn hàng đầu tiên',
  'orders.last_order_at': 'ngày kỷ niệm đơn hàng gần nhất',
  'profile.first_seen_at': 'ngày kỷ niệm lần ghé thăm đầu tiên',
};

function viLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return `thuộc tính ${traitName(condition.field)}`;
  return viLabels[condition.field] ?? condition.field;
}

function viQuantity(c: CountComparison, unit: string, values: Values): string {
  const words: Record<Comparison, string> = {
    eq: 'đúng',
    neq: 'khác',
    gt: 'hơn',
    gte: 'ít nhất',
    lt: 'ít hơn',
    lte: 'không quá',
  };
  return `${words[c.op]} ${values.number(c.value)} ${unit}`;
}

function viPredicate(c: FieldCondition | PropertyCondition, values: Values): string {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return `là ${value()}`;
    case 'neq':
    case 'not_in':
      return `không phải là ${value()}`;
    case 'gt':
      return `${date ? 'sau' : 'lớn hơn'} ${value()}`;
    case 'gte':
      return date ? `từ ${value()} trở đi` : `từ ${value()} trở lên`;
    case 'lt':
      return `${date ? 'trước' : 'nhỏ hơn'} ${value()}`;
    case 'lte':
      return date ? `đến hết ${value()}` : `không quá ${value()}`;
    case 'between':
      return `trong khoảng từ ${value()}`;
    case 'exists':
    case 'not_exists':
      return '';
    case 'contains':
      return `chứa ${quoted(String(c.value))}`;
    case 'starts_with':
      return `bắt đầu bằng ${quoted(String(c.value))}`;
    case 'within_last_days':
      return `trong ${values.days(c.value as number)} qua`;
    case 'more_than_days_ago':
      return `cách đây hơn ${values.days(c.value as number)}`;
    case 'anniversary_within_days':
      return c.value === 0 ? 'hôm nay' : `trong ${values.days(c.value as number)} tới`;
    case 'anniversary_this_month':
      return 'trong tháng này';
  }
}

function viWhere(where: PropertyCondition[] | undefined, values: Values): string {
  if (!where?.length) return '';
  return ` có ${series(
    where.map((c) => `${traitName(c.field)} ${viPredicate(c, values)}`.trim()),
    ', ',
    ' và ',
  )}`;
}

function viWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return ` trong ${values.days(window.last_days)} qua`;
  return ` từ ${values.date(window.from)} đến ${values.date(window.to)}`;
}

export const vi: Phrasebook = {
  locale: 'vi',
  stages: {
    prospect: 'tiềm năng',
    new: 'mới',
    repeat: 'mua lại',
    loyal: 'trung thành',
    at_risk: 'có nguy cơ rời bỏ',
    lapsed: 'đã rời bỏ',
    reactivated: 'quay lại',
  },
  rfm: {
    Champions: 'Nhà vô địch',
    Loyal: 'Trung thành',
    'Potential Loyalist': 'Tiềm năng trung thành',
    New: 'Khách mới',
    Promising: 'Triển vọng',
    'Need Attention': 'Cần quan tâm',
    'About to Sleep': 'Sắp ngủ đông',
    'At Risk': 'Có nguy cơ',
    "Can't Lose": 'Không thể để mất',
    Hibernating: 'Ngủ đông',
    Lost: 'Đã mất',
  },
  booleans: ['đúng', 'sai'],
  list: (items) => series(items, ', ', ' hoặc '),
  range: (from, to) => `${from} đến ${to}`,
  days: (formatted) => `${formatted} ngày`,
  sentence: (clause) => `Khách hàng ${clause.plain}.`,
  join: (group, items) =>
    same(
      series(
        items.map((item) => item.plain),
        ', ',
        group === 'all' ? ' và ' : ' hoặc ',
      ),
    ),
  nest: (clause) => same(`(${clause.plain})`),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const verbs: Record<string, [string, string]> = {
        'orders.product': ['đã mua', 'chưa mua'],
        'orders.category': ['đã mua hàng thuộc danh mục', 'chưa mua hàng thuộc danh mục'],
        'loyalty.badge': ['đã đạt huy hiệu', 'chưa đạt huy hiệu'],
        'messages.subscribed': ['đã đăng ký nhận', 'không đăng ký nhận'],
      };
      const [yes, no] = verbs[field]!;
      return same(`${op === 'neq' || op === 'not_in' ? no : yes} ${values.of(field, op, c.value)}`);
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      return same(
        none(comparison) ? 'chưa từng đặt hàng' : `đã đặt hàng ${viQuantity(comparison, 'lần', values)}`,
      );
    }
    if (field === 'loyalty.points_expiring' && comparison) {
      const window = `sắp hết hạn trong ${values.days(c.within_days ?? 0)} tới`;
      if (none(comparison)) return same(`không có điểm nào ${window}`);
      if (some(comparison)) return same(`có điểm ${window}`);
      return same(`có ${viQuantity(comparison, 'điểm', values)} ${window}`);
    }
    if (field === 'lifecycle.stage' && op !== 'exists' && op !== 'not_exists') {
      const not = op === 'neq' || op === 'not_in';
      return same(`${not ? 'không ở' : 'đang ở'} giai đoạn ${values.of(field, op, c.value)}`);
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      return same(
        `có giá trị dự đoán trong 12 tháng tới ${above ? '' : 'không '}cao hơn trung vị của cửa hàng`,
      );
    }
    if (field === 'loyalty.points_expiring') {
      const label = `số điểm sắp hết hạn trong ${values.days(c.within_days ?? 0)} tới`;
      return same(`${negated ? 'không ' : ''}có ${label} ${viPredicate(c, values)}`.trim());
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label = anniversary ? (viAnniversaries[field] ?? `ngày kỷ niệm ${viLabel(c)}`) : viLabel(c);
    if (op === 'not_exists') return same(`chưa có ${label}`);
    return same(`${negated ? 'không ' : ''}có ${label} ${viPredicate(c, values)}`.trim());
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const name = quoted(condition.event);
    const where = viWhere(condition.where, values);
    const window = viWindow(condition.within, values);
    const then = condition.not_followed_by
      ? ` mà không có ${quoted(condition.not_followed_by.event)}${viWhere(condition.not_followed_by.where, values)} trong vòng ${values.days(condition.not_followed_by.within_days)} sau đó`
      : '';
    let text: string;
    if (sum) {
      const total = viPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values);
      text = `có tổng ${sum.property} của ${name}${where}${window}${then} ${total}`;
    } else if (count && none(count)) {
      text = `${window ? 'không' : 'chưa từng'} thực hiện ${name}${where}${window}${then}`;
    } else {
      const times = count && !some(count) ? ` ${viQuantity(count, 'lần', values)}` : '';
      text = `đã thực hiện ${name}${where}${times}${window}${then}`;
    }
    if (newer && windowDays !== undefined) {
      const joined = `khách hàng mới tham gia chưa đến ${values.days(windowDays)}`;
      text += newer === 'excluded' ? ` (không tính ${joined})` : ` (tính cả ${joined})`;
    }
    return same(text);
  },
  segment: (name, negated) => same(`${negated ? 'không thuộc' : 'thuộc'} phân khúc ${quoted(name)}`),
  sample: (share, negated) => same(`${negated ? 'nằm ngoài' : 'nằm trong'} mẫu ngẫu nhiên cố định ${share}`),
};

// Thai -----------------------------------------------------------------------------------------
