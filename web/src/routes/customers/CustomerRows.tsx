import { useCustomerScores, type CustomerScores } from '../../hooks/analytics.js';
import { useCustomerLoyalty } from '../../hooks/loyalty.js';
import { numberOrNull, pick, stringOrNull, type Json } from '../../hooks/shape.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useStageName } from '../lifecycle/stages.js';
import { customerView } from './fields.js';

function LoyaltyCells({ id }: { id: string }) {
  const { t, fmt } = useUi();
  const loyalty = useCustomerLoyalty(id);
  const tier = stringOrNull(pick(loyalty.data, 'tier.name'));
  const points = numberOrNull(pick(loyalty.data, 'points.balance'));
  return (
    <>
      <td>{tier ?? t('none')}</td>
      <td className="num">{points === null ? t('none') : fmt.points(points)}</td>
    </>
  );
}

function Row({ customer, scores }: { customer: Json; scores: CustomerScores | undefined | null }) {
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
      <td>{scores?.rfm.segment ?? placeholder}</td>
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
export function CustomerRows({ rows }: { rows: Json[] }) {
  const scores = useCustomerScores(rows.map((row) => String(row.id)));
  return (
    <tbody>
      {rows.map((row) => (
        <Row
          key={String(row.id)}
          customer={row}
          scores={scores.data ? scores.data.get(String(row.id)) : scores.isError ? undefined : null}
        />
      ))}
    </tbody>
  );
}
