import { numberOrNull, pick, stringOrNull, type Json } from '../hooks/shape.js';
import { Link } from '../router.js';
import { useUi } from '../ui.js';
import { Table, type Column } from './Table.js';

/**
 * Points ledger entries, one row each: when, what kind, why and the signed points. The shop-wide
 * ledger also names each entry's customer (a link to their page) and its source.
 */
export function LedgerTable(props: { entries: Json[]; empty: string; shopWide?: boolean }) {
  const { t, fmt } = useUi();
  const date: Column<Json> = {
    header: t('col_date'),
    cell: (entry) => {
      const at = stringOrNull(pick(entry, 'occurred_at'));
      return at ? fmt.date(at) : t('none');
    },
  };
  const customer: Column<Json> = {
    header: t('col_customer'),
    cell: (entry) => {
      const id = stringOrNull(entry.customer_id);
      return id ? <Link href={`/customers/${encodeURIComponent(id)}`}>{id}</Link> : t('none');
    },
  };
  const kind: Column<Json> = {
    header: t('col_kind'),
    cell: (entry) => stringOrNull(entry.kind) ?? t('none'),
  };
  const description: Column<Json> = {
    header: t('col_description'),
    cell: (entry) => stringOrNull(entry.reason) ?? '',
  };
  const source: Column<Json> = {
    header: t('col_source'),
    tone: () => 'muted',
    cell: (entry) =>
      [stringOrNull(pick(entry, 'source.type')), stringOrNull(pick(entry, 'source.id'))]
        .filter(Boolean)
        .join(' '),
  };
  const points: Column<Json> = {
    header: t('col_points'),
    numeric: true,
    tone: (entry) => ((numberOrNull(entry.points) ?? 0) < 0 ? 'negative' : undefined),
    cell: (entry) => {
      const value = numberOrNull(entry.points);
      return value === null ? t('none') : fmt.points(value);
    },
  };
  const columns = props.shopWide
    ? [date, customer, kind, description, source, points]
    : [date, kind, description, points];
  return (
    <Table columns={columns} rows={props.entries} rowKey={(entry) => String(entry.id)} empty={props.empty} />
  );
}
