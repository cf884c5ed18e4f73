import { useProgram, useTiers } from '../../hooks/loyalty.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function Tiers() {
  const { t, fmt } = useUi();
  const tiers = useTiers();
  const program = useProgram();
  // A threshold is spend in minor units or points earned, per the program's tier_metric.
  const threshold = (value: number) =>
    program.data?.tier_metric === 'points' ? fmt.points(value) : fmt.money(value);
  return (
    <Panel title={t('tiers_title')}>
      <QueryView query={tiers} what="/v1/loyalty/tiers">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('tiers_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_tier')}</th>
                  <th scope="col" className="num">
                    {t('col_threshold')}
                  </th>
                  <th scope="col" className="num">
                    {t('col_multiplier')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((tier) => (
                  <tr key={tier.id}>
                    <td>{tier.name}</td>
                    <td className="num">{threshold(tier.threshold)}</td>
                    <td className="num">{`×${fmt.number(tier.earn_multiplier_percent / 100)}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
