import { useRewards } from '../../hooks/loyalty.js';
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
                  <tr key={reward.id}>
                    <td>{reward.name}</td>
                    <td>{reward.kind}</td>
                    <td className="num">{fmt.points(reward.points_cost)}</td>
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
