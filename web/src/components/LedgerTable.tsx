import type { PointsTransaction } from '../hooks/loyalty.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { ledgerReason } from '../i18n/ledger-reasons.js';
import { Link } from '../router.js';
import { useUi } from '../ui.js';
import { Table, type Column } from './Table.js';

/** The shop-wide list names each entry's customer; a customer's own list does not need to. */
type Entry = Omit<PointsTransaction, 'customer'> & Partial<Pick<PointsTransaction, 'customer'>>;

/** retain's own ids (cus_…, rdm_…) mean nothing to a marketer; the shop's ids (an order number) do. */
const retainId = /^[a-z]{2,5}_[0-9A-Za-z]{10,}$/;

/**
 * Points ledger entries, one row each: when, what kind, why and the signed points. The shop-wide
 * ledger also names each entry's customer (a link to their page) and its source.
 */
export function LedgerTable(props: {
  entries: Entry[];
  empty: string;
  shopWide?: boolean;
  /** Names who made each entry (a person's adjustment): adds the "by" column. */
  actorName?: (actor: string | null) => string;
}) {
  const { t, fmt } = useUi();
  const date: Column<Entry> = {
    header: t('col_date'),
    cell: (entry) => fmt.date(entry.occurred_at),
  };
  const customer: Column<Entry> = {
    header: t('col_customer'),
    cell: (entry) => (
      <Link href={`/customers/${encodeURIComponent(entry.customer_id)}`}>
        {entry.customer?.name ??
          entry.customer?.email ??
          entry.customer?.external_id ??
          t('ledger_customer_unnamed')}
      </Link>
    ),
  };
  const kind: Column<Entry> = {
    header: t('col_kind'),
    cell: (entry) => t(`ledger_kind_${entry.kind}` satisfies MessageKey),
  };
  const description: Column<Entry> = {
    header: t('col_description'),
    cell: (entry) => ledgerReason(t, entry.reason_detail),
  };
  const source: Column<Entry> = {
    header: t('col_source'),
    tone: () => 'muted',
    cell: (entry) => (retainId.test(entry.source.id) ? '' : entry.source.id),
  };
  const points: Column<Entry> = {
    header: t('col_points'),
    numeric: true,
    tone: (entry) => (entry.points < 0 ? 'negative' : undefined),
    cell: (entry) => fmt.points(entry.points),
  };
  const { actorName } = props;
  const actor: Column<Entry>[] = actorName
    ? [{ header: t('customers_col_by'), cell: (entry) => actorName(entry.actor) }]
    : [];
  const columns = props.shopWide
    ? [date, customer, kind, description, source, points, ...actor]
    : [date, kind, description, points, ...actor];
  return <Table columns={columns} rows={props.entries} rowKey={(entry) => entry.id} empty={props.empty} />;
}
