import type { Segment, SortColumn, Stage } from '../../hooks/customers.js';
import type { MessageKey } from '../../i18n/catalogue.js';

/** The stages and RFM segments the list filters by, in the order the dashboard shows them. */
export const stages = [
  'prospect',
  'new',
  'repeat',
  'loyal',
  'at_risk',
  'lapsed',
  'reactivated',
] as const satisfies readonly Stage[];

export const segments = [
  'Champions',
  'Loyal',
  'Potential Loyalist',
  'New',
  'Promising',
  'Need Attention',
  'About to Sleep',
  'At Risk',
  "Can't Lose",
  'Hibernating',
  'Lost',
] as const satisfies readonly Segment[];

export interface ListColumn {
  key: string;
  header: MessageKey;
  /** The API's sort of this column; absent: filtered by, not sorted by. */
  sort?: SortColumn;
  numeric?: boolean;
}

/** The list's columns, in order; CustomerRows draws the cells in the same order. */
export const listColumns: ListColumn[] = [
  { key: 'name', header: 'col_name', sort: 'name' },
  { key: 'email', header: 'col_email', sort: 'email' },
  { key: 'stage', header: 'col_stage' },
  { key: 'segment', header: 'col_segment' },
  { key: 'tier', header: 'col_tier' },
  { key: 'points', header: 'col_points', sort: 'points', numeric: true },
  { key: 'orders', header: 'col_orders', sort: 'orders', numeric: true },
  { key: 'revenue', header: 'col_revenue', sort: 'revenue', numeric: true },
  { key: 'clv', header: 'customers_col_clv', sort: 'clv', numeric: true },
  { key: 'p_alive', header: 'col_p_alive', sort: 'p_alive', numeric: true },
  { key: 'last_order', header: 'customers_col_last_order', sort: 'last_order' },
];
