import { useState } from 'react';
import { useEarnRules, type EarnRule } from '../../hooks/loyalty.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useUi } from '../../ui.js';
import { EarnRuleEditor } from './EarnRuleEditor.js';

export function useRewardText(): (rule: EarnRule) => string {
  const { t, fmt } = useUi();
  return ({ reward }) =>
    reward.type === 'per_amount'
      ? t('rule_points_per_amount', {
          points: fmt.points(reward.points),
          amount: fmt.money(reward.per_amount_minor),
        })
      : t('rule_points_fixed', { points: fmt.points(reward.points) });
}

export function EarnRules() {
  const { t, readOnly } = useUi();
  const rules = useEarnRules();
  const rewardText = useRewardText();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Panel title={t('earn_rules_title')} wide>
      <QueryView query={rules} what="/v1/loyalty/earn-rules">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('earn_rules_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_rule')}</th>
                  <th scope="col">{t('col_trigger')}</th>
                  <th scope="col">{t('col_reward')}</th>
                  <th scope="col">{t('col_active')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((rule) => {
                  const { id, name } = rule;
                  return editing === id ? (
                    <tr key={id}>
                      <td colSpan={5}>
                        <EarnRuleEditor rule={rule} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={id}>
                      <td>{name}</td>
                      <td>{rule.trigger.type === 'event' ? rule.trigger.event : rule.trigger.type}</td>
                      <td data-testid="rule-reward">{rewardText(rule)}</td>
                      <td>{rule.active ? t('yes') : t('no')}</td>
                      <td>
                        {!readOnly && (
                          <button
                            type="button"
                            onClick={() => setEditing(id)}
                            aria-label={`${t('edit')} ${name}`}
                          >
                            {t('edit')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
