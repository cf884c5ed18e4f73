import type { PointsTransaction } from '../hooks/loyalty.js';
import { Link } from '../router.js';
import { useUi } from '../ui.js';
import { Table, type Column } from './Table.js';

/**
 * Points ledger entries, one row each: when, what kind, why and the signed points. The shop-wide
 * ledger also names each entry's customer (a link to their page) and its source.
 */
export function LedgerTable(props: { entries: PointsTransaction[]; empty: string; shopWide?: boolean }) {
  const { t, fmt } = useUi();
  const date: Column<PointsTransaction> = {
    header: t('col_date'),
    cell: (entry) => fmt.date(entry.occurred_at),
  };
  const customer: Column<PointsTransaction> = {
    header: t('col_customer'),
    cell: (entry) => (
      <Link href={`/customers/${encodeURIComponent(entry.customer_id)}`}>{entry.customer_id}</Link>
    ),
  };
  const kind: Column<PointsTransaction> = { header: t('col_kind'), cell: (entry) => entry.kind };
  const description: Column<PointsTransaction> = {
    header: t('col_description'),
    cell: (entry) => entry.reason,
  };
  const source: Column<PointsTransaction> = {
    header: t('col_source'),
    tone: () => 'muted',
    cell: (entry) => [entry.source.type, entry.source.id].filter(Boolean).join(' '),
  };
  const points: Column<PointsTransaction> = {
    header: t('col_points'),
    numeric: true,
    tone: (entry) => (entry.points < 0 ? 'negative' : undefined),
    cell: (entry) => fmt.points(entry.points),
  };
  const columns = props.shopWide
    ? [date, customer, kind, description, source, points]
    : [date, kind, description, points];
  return <Table columns={columns} rows={props.entries} rowKey={(entry) => entry.id} empty={props.empty} />;
}
