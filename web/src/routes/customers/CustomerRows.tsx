import { useCustomerScores, type CustomerScores } from '../../hooks/analytics.js';
import { useCustomerLoyalty } from '../../hooks/loyalty.js';
import type { Customer } from '../../hooks/customers.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useStageName } from '../lifecycle/stages.js';
import { customerView } from './fields.js';
import { segmentName } from '../../i18n/segments.js';

function LoyaltyCells({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const loyalty = useCustomerLoyalty(id);
  const points = loyalty.data?.points.balance;
  return (
    <>
      <td>{loyalty.data?.tier?.name ?? t('none')}</td>
      <td className="num">{points === undefined ? t('none') : fmt.points(points)}</td>
    </>
  );
}

function Row({ customer, scores }: { customer: Customer; scores: CustomerScores | undefined | null }) {
  const { t, fmt } = useUi();
  const stageName = useStageName();
  const view = customerView(customer);
  // null: scores still loading; undefined: none (a customer without orders is a prospect).
  const loading = scores === null;
  const placeholder = loading ? '…' : t('none');
  return (
    <tr>
      <td>
        <Link href={`/customers/${encodeURIComponent(view.id)}`}>
          {view.name ?? view.email ?? view.externalId ?? view.id}
        </Link>
      </td>
      <td>{view.email ?? t('none')}</td>
      <td>{loading ? placeholder : stageName(scores?.stage ?? 'prospect')}</td>
      <td>{scores?.rfm.segment ? segmentName(t, scores.rfm.segment) : placeholder}</td>
      <LoyaltyCells id={view.id} />
      <td className="num">{scores ? fmt.number(scores.orders) : loading ? placeholder : fmt.number(0)}</td>
      <td className="num">{scores ? fmt.money(scores.net_revenue_minor) : placeholder}</td>
      <td className="num">
        {scores?.probability_alive != null ? fmt.percent(scores.probability_alive) : placeholder}
      </td>
    </tr>
  );
}

/** The rows of one page: profile fields, then scores (one query) and loyalty (per row) in parallel. */
export function CustomerRows({ rows }: { rows: Customer[] }) {
  const scores = useCustomerScores(rows.map((row) => row.id));
  return (
    <tbody>
      {rows.map((row) => (
        <Row
          key={row.id}
          customer={row}
          scores={scores.data ? scores.data.get(row.id) : scores.isError ? undefined : null}
        />
      ))}
    </tbody>
  );
}
