import type { Customer } from '../../hooks/customers.js';
import { useTiers } from '../../hooks/loyalty.js';
import { segmentName } from '../../i18n/segments.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { useStageName } from '../lifecycle/stages.js';
import { customerView } from './fields.js';

/** The rows of one page: the profile and the facts the list answered with it, in listColumns' order. */
export function CustomerRows({ rows }: { rows: Customer[] }) {
  const { t, fmt } = useUi();
  const stageName = useStageName();
  const tiers = useTiers();
  const tierName = (id: string | null) =>
    id === null ? t('none') : (tiers.data?.data.find((tier) => tier.id === id)?.name ?? id);
  return (
    <tbody>
      {rows.map((row) => {
        const view = customerView(row);
        const { facts } = row;
        return (
          <tr key={row.id}>
            <td>
              <Link href={`/customers/${encodeURIComponent(view.id)}`}>
                {view.name ?? view.email ?? view.externalId ?? view.id}
              </Link>
            </td>
            <td>{view.email ?? t('none')}</td>
            <td>{stageName(facts.stage)}</td>
            <td>{facts.rfm_segment ? segmentName(t, facts.rfm_segment) : t('none')}</td>
            <td>{tierName(facts.tier_id)}</td>
            <td className="num">{fmt.points(facts.points)}</td>
            <td className="num">{fmt.number(facts.orders)}</td>
            <td className="num">{fmt.money(facts.net_revenue_minor)}</td>
            <td className="num">
              {facts.clv_12_months_minor === null ? t('none') : fmt.money(facts.clv_12_months_minor)}
            </td>
            <td className="num">
              {facts.probability_alive === null ? t('none') : fmt.percent(facts.probability_alive)}
            </td>
            <td>{facts.last_order_at ? fmt.date(facts.last_order_at) : t('none')}</td>
          </tr>
        );
      })}
    </tbody>
  );
}
