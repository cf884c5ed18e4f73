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
  type Clause,
  type Phrasebook,
  isComparison,
  none,
  quoted,
  series,
  some,
  traitName,
  typeOf,
} from './sentences.js';

const jaLabels: Record<string, string> = {
  'profile.email': 'メールアドレス',
  'profile.phone': '電話番号',
  'profile.first_name': '名',
  'profile.last_name': '姓',
  'profile.external_id': '外部ID',
  'profile.locale': '言語',
  'profile.timezone': 'タイムゾーン',
  'profile.birthday': '生年月日',
  'profile.first_seen_at': '初回訪問日',
  'orders.count': '注文回数',
  'orders.net_revenue': '純売上',
  'orders.average_order_value': '平均注文額',
  'orders.first_order_at': '初回注文日',
  'orders.last_order_at': '最終注文日',
  'lifecycle.stage': 'ライフサイクル',
  'rfm.segment': 'RFMセグメント',
  'rfm.r_score': 'RFMの最新性スコア',
  'rfm.f_score': 'RFMの頻度スコア',
  'rfm.m_score': 'RFMの金額スコア',
  'predictions.probability_alive': '継続購入の可能性',
  'predictions.clv_12_months': '今後12か月の予測顧客生涯価値',
  'predictions.clv_above_median': '予測顧客生涯価値が中央値を上回ること',
  'loyalty.tier': '会員ランク',
  'loyalty.points_balance': 'ポイント残高',
  'loyalty.store_credit': 'ストアクレジット',
};

const jaAnniversaries: Record<string, string> = {
  'profile.birthday': '誕生日',
  'orders.first_order_at': '初回注文の記念日',
  'orders.last_order_at': '最終注文の記念日',
  'profile.first_seen_at': '初回訪問の記念日',
};

function jaLabel(condition: FieldCondition): string {
  if (condition.field.startsWith('traits.')) return `属性${traitName(condition.field)}`;
  return jaLabels[condition.field] ?? condition.field;
}

/** A noun predicate: 「…である」 / 「…で、」, negated 「…ではない」 / 「…ではなく、」. */
const jaNoun = (text: string, negated = false): Clause =>
  negated
    ? { plain: `${text}ではない`, conj: `${text}ではなく` }
    : { plain: `${text}である`, conj: `${text}で` };

/** A verb predicate in plain past or stative form with its joining form. */
const jaVerb = (plain: string, conj: string): Clause => ({ plain, conj });

const prefix = (head: string, clause: Clause): Clause => ({
  plain: head + clause.plain,
  conj: head + clause.conj,
});

function jaQuantity(c: CountComparison, unit: string, values: Values): string {
  const n = `${values.number(c.value)}${unit}`;
  const words: Record<Comparison, string> = {
    eq: `ちょうど${n}`,
    neq: `${n}以外`,
    gt: `${n}超`,
    gte: `${n}以上`,
    lt: `${n}未満`,
    lte: `${n}以下`,
  };
  return words[c.op];
}

/** The predicate after 「…が」; `negated` for the operators without an inverse. */
function jaPredicate(c: FieldCondition | PropertyCondition, values: Values, negated: boolean): Clause {
  const value = () => values.of(c.field, c.op, c.value);
  const date = typeOf(c) === 'date';
  switch (c.op) {
    case 'eq':
    case 'in':
      return jaNoun(value());
    case 'neq':
      return jaNoun(`${value()}以外`);
    case 'not_in':
      return jaVerb(`${value()}のいずれでもない`, `${value()}のいずれでもなく`);
    case 'gt':
      return jaNoun(date ? `${value()}より後` : `${value()}超`);
    case 'gte':
      return jaNoun(`${value()}${date ? '以降' : '以上'}`);
    case 'lt':
      return jaNoun(date ? `${value()}より前` : `${value()}未満`);
    case 'lte':
      return jaNoun(`${value()}${date ? '以前' : '以下'}`);
    case 'between':
      return jaNoun(`${value()}の間`, negated);
    case 'exists':
      return jaVerb('登録されている', '登録されており');
    case 'not_exists':
      return jaVerb('登録されていない', '登録されておらず');
    case 'contains':
      return negated
        ? jaVerb(`${quoted(String(c.value))}を含まない`, `${quoted(String(c.value))}を含まず`)
        : jaVerb(`${quoted(String(c.value))}を含む`, `${quoted(String(c.value))}を含み`);
    case 'starts_with':
      return negated
        ? jaVerb(`${quoted(String(c.value))}で始まらない`, `${quoted(String(c.value))}で始まらず`)
        : jaVerb(`${quoted(String(c.value))}で始まる`, `${quoted(String(c.value))}で始まり`);
    case 'within_last_days':
      return jaNoun(`過去${values.days(c.value as number)}以内`, negated);
    case 'more_than_days_ago':
      return jaNoun(`${values.days(c.value as number)}より前`, negated);
    case 'anniversary_within_days':
      return jaNoun(c.value === 0 ? '今日' : `今日から${values.days(c.value as number)}以内`, negated);
    case 'anniversary_this_month':
      return jaNoun('今月', negated);
  }
}

/** Property conditions before the event's name: 「totalが500,000以上のOrder Completed」. */
function jaWhere(where: PropertyCondition[] | undefined, values: Values): string {
  if (!where?.length) return '';
  const parts = where.map((c) => prefix(`${traitName(c.field)}が`, jaPredicate(c, values, false)));
  const attributive = (clause: Clause) =>
    clause.plain.endsWith('である') ? `${clause.plain.slice(0, -3)}の` : clause.plain;
  return [...parts.slice(0, -1).map((part) => `${part.conj}、`), attributive(parts[parts.length - 1]!)].join(
    '',
  );
}

function jaWindow(window: EventWindow | undefined, values: Values): string {
  if (!window || 'ever' in window) return '';
  if ('last_days' in window) return `過去${values.days(window.last_days)}間に`;
  return `${values.date(window.from)}から${values.date(window.to)}までに`;
}

export const ja: Phrasebook = {
  locale: 'ja',
  stages: {
    prospect: '見込み客',
    new: '新規',
    repeat: 'リピーター',
    loyal: 'ロイヤル',
    at_risk: '離反リスク',
    lapsed: '離反',
    reactivated: '復帰',
  },
  rfm: {
    Champions: 'チャンピオン',
    Loyal: 'ロイヤル',
    'Potential Loyalist': 'ロイヤル候補',
    New: '新規',
    Promising: '有望',
    'Need Attention': '要注意',
    'About to Sleep': '休眠予備軍',
    'At Risk': '離反リスク',
    "Can't Lose": '失いたくない顧客',
    Hibernating: '休眠',
    Lost: '離脱',
  },
  booleans: ['はい', 'いいえ'],
  list: (items) => series(items, '、', 'または'),
  range: (from, to) => `${from}から${to}`,
  days: (formatted) => `${formatted}日`,
  sentence: (clause) => `${clause.plain}顧客`,
  join(group, items) {
    const joint =
      group === 'all' ? (item: Clause) => `${item.conj}、` : (item: Clause) => `${item.plain}か、`;
    const head = items.slice(0, -1).map(joint).join('');
    return prefix(head, items[items.length - 1]!);
  },
  nest: (clause) => ({ plain: `（${clause.plain}）`, conj: `（${clause.conj}）` }),
  field(c, negated, values) {
    const { field, op } = c;
    if (setFields.has(field)) {
      const object = values.of(field, op, c.value);
      const no = op === 'neq' || op === 'not_in';
      const verbs: Record<string, [string, string]> = {
        'orders.product': [`${object}を購入`, ''],
        'orders.category': [`カテゴリ${object}の商品を購入`, ''],
        'loyalty.badge': [`バッジ${object}を獲得`, ''],
        'messages.subscribed': [`${object}を購読`, ''],
      };
      const [stem] = verbs[field]!;
      if (no) return jaVerb(`${stem}していない`, `${stem}しておらず`);
      return field === 'messages.subscribed'
        ? jaVerb(`${stem}している`, `${stem}しており`)
        : jaVerb(`${stem}した`, `${stem}し`);
    }
    const comparison = isComparison(op) ? { op, value: c.value as number } : undefined;
    if (field === 'orders.count' && comparison) {
      if (none(comparison)) return jaVerb('一度も注文していない', '一度も注文しておらず');
      if (['eq', 'gt', 'gte'].includes(comparison.op)) {
        const times = jaQuantity(comparison, '回', values);
        return jaVerb(`${times}注文した`, `${times}注文し`);
      }
      return jaNoun(`注文回数が${jaQuantity(comparison, '回', values)}`);
    }
    const expiring = `今後${values.days(c.within_days ?? 0)}以内に失効するポイント`;
    if (field === 'loyalty.points_expiring' && comparison) {
      if (none(comparison)) return jaVerb(`${expiring}がない`, `${expiring}がなく`);
      if (some(comparison)) return jaVerb(`${expiring}がある`, `${expiring}があり`);
      return jaNoun(`${expiring}が${jaQuantity(comparison, 'ポイント', values)}`);
    }
    if (field === 'loyalty.tier' && (op === 'exists' || op === 'not_exists')) {
      return op === 'exists'
        ? jaVerb('いずれかの会員ランクに属している', 'いずれかの会員ランクに属しており')
        : jaVerb('どの会員ランクにも属していない', 'どの会員ランクにも属しておらず');
    }
    if (field === 'predictions.clv_above_median' && (op === 'eq' || op === 'neq')) {
      const above = (c.value === true) === (op === 'eq');
      const head = '今後12か月の予測顧客生涯価値がショップの中央値を';
      return above
        ? jaVerb(`${head}上回る`, `${head}上回り`)
        : jaVerb(`${head}上回らない`, `${head}上回らず`);
    }
    const anniversary = op === 'anniversary_within_days' || op === 'anniversary_this_month';
    const label =
      field === 'loyalty.points_expiring'
        ? expiring
        : anniversary
          ? (jaAnniversaries[field] ?? `${jaLabel(c)}の記念日`)
          : jaLabel(c);
    return prefix(`${label}が`, jaPredicate(c, values, negated));
  },
  event({ condition, count, sum, newer, windowDays }, values) {
    const then = condition.not_followed_by
      ? `その後${values.days(condition.not_followed_by.within_days)}以内に${jaWhere(condition.not_followed_by.where, values)}${quoted(condition.not_followed_by.event)}が続かなかった`
      : '';
    const name = `${then}${jaWhere(condition.where, values)}${quoted(condition.event)}`;
    const window = jaWindow(condition.within, values);
    // 「過去7日間に、その後3日以内に…」: the comma keeps the two spans of time apart.
    const lead = window && then ? `${window}、` : window;
    let clause: Clause;
    if (sum) {
      const total = jaPredicate({ field: 'properties.sum', op: sum.op, value: sum.value }, values, false);
      const during = window ? `${window.slice(0, -1)}の` : '';
      clause = prefix(`${during}${name}の${sum.property}の合計が`, total);
    } else if (count && none(count)) {
      const head = `${lead || '一度も'}${name}を`;
      clause = jaVerb(`${head}行っていない`, `${head}行っておらず`);
    } else if (!count || some(count) || ['eq', 'gt', 'gte'].includes(count.op)) {
      const times = count && !some(count) ? jaQuantity(count, '回', values) : '';
      clause = jaVerb(`${lead}${name}を${times}行った`, `${lead}${name}を${times}行い`);
    } else {
      const during = window ? `${window.slice(0, -1)}の` : '';
      clause = jaNoun(`${during}${name}の回数が${jaQuantity(count, '回', values)}`);
    }
    if (newer && windowDays !== undefined) {
      const joined = `登録から${values.days(windowDays)}未満の顧客`;
      const note = newer === 'excluded' ? `（${joined}は含まない）` : `（${joined}も含む）`;
      clause = { plain: clause.plain + note, conj: clause.conj + note };
    }
    return clause;
  },
  segment: (name, negated) =>
    negated
      ? jaVerb(`${quoted(name)}セグメントに含まれない`, `${quoted(name)}セグメントに含まれず`)
      : jaVerb(`${quoted(name)}セグメントに含まれる`, `${quoted(name)}セグメントに含まれ`),
  sample: (share, negated) =>
    negated
      ? jaVerb(`固定の無作為抽出${share}に含まれない`, `固定の無作為抽出${share}に含まれず`)
      : jaVerb(`固定の無作為抽出${share}に含まれる`, `固定の無作為抽出${share}に含まれ`),
};
