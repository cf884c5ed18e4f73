// Why an entry was written, as a code and parameters the dashboard words in its reader's language,
// beside the English sentence the API has always answered in `reason` and the ledger stores. Each
// reason's sentence is built from one template here and read back by the same template, so the
// structure needs no column of its own and entries written before it exist read the same way.

/** Each code's English sentence; `{name}` is a parameter. Read back in this order: the first match wins. */
const templates = {
  order_refunded: 'Order {order_id} refunded',
  cashback: 'Cashback on order {order_id}',
  earn_rule: '{event} (rule {rule_id} v{rule_version})',
  order: 'Order {order_id}',
  redeemed: 'Redeemed {reward}',
  redemption_cancelled: 'Cancelled redemption of {reward}',
  challenge_completed: 'Challenge completed: {challenge}',
  profile_merged: 'Profile {from} merged into {into}',
  pending_over: 'Pending period over',
  lot_expired: 'Lot expired',
  inactivity: 'No activity',
  birthday: 'Birthday',
} as const;

type Templates = typeof templates;
type ReasonCode = keyof Templates;

/** The parameter names a template's `{…}` placeholders give. */
type Placeholders<Text extends string> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ParamsOf<Code extends ReasonCode> = Record<Placeholders<Templates[Code]>, string | number>;

/** `note`: a person's own words (a manual adjustment), shown as written. */
export const reasonCodes = [...(Object.keys(templates) as ReasonCode[]), 'note'] as const;

interface ReasonDetail {
  code: (typeof reasonCodes)[number];
  params: Record<string, string>;
}

/** The sentence an entry stores and the API answers as `reason`. */
export function reasonText<Code extends ReasonCode>(
  code: Code,
  ...[params]: Placeholders<Templates[Code]> extends never ? [] : [ParamsOf<Code>]
): string {
  const values = (params ?? {}) as Record<string, string | number>;
  return templates[code].replace(/\{(\w+)\}/g, (_whole, name: string) => String(values[name]));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const readers = (Object.entries(templates) as [ReasonCode, string][]).map(([code, template]) => ({
  code,
  pattern: new RegExp(
    `^${template
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) ? `(?<${part.slice(1, -1)}>.+)` : escaped(part)))
      .join('')}$`,
    's',
  ),
}));

/** Sources whose reason a person wrote: never read as a template, even if it looks like one. */
const writtenByPeople = new Set(['adjustment', 'debit']);

/** The code and parameters of a stored reason. */
export function reasonDetail(sourceType: string, reason: string): ReasonDetail {
  if (!writtenByPeople.has(sourceType)) {
    for (const { code, pattern } of readers) {
      const match = pattern.exec(reason);
      if (match) return { code, params: { ...match.groups } };
    }
  }
  return { code: 'note', params: { text: reason } };
}
