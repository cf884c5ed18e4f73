import { useRewards } from '../../hooks/loyalty.js';
import { numberOrNull, stringOrNull } from '../../hooks/shape.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';

export function Rewards() {
  const { t, fmt } = useUi();
  const rewards = useRewards();
  return (
    <Panel title={t('rewards_title')}>
      <QueryView query={rewards} what="/v1/loyalty/rewards">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('rewards_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_kind')}</th>
                  <th scope="col" className="num">
                    {t('col_cost')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((reward) => (
                  <tr key={String(reward.id)}>
                    <td>{stringOrNull(reward.name)}</td>
                    <td>{stringOrNull(reward.kind)}</td>
                    <td className="num">{fmt.points(numberOrNull(reward.points_cost) ?? 0)}</td>
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
