import { useState } from 'react';
import {
  useArchiveEarnRule,
  useEarnRules,
  useRuleTemplates,
  useUpdateEarnRule,
  type RuleDefinition,
} from '../../hooks/loyalty.js';
import { catalogue, type MessageKey } from '../../i18n/catalogue.js';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { eventLabel } from '../../i18n/events.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from './ArchiveButton.js';
import { EarnRuleEditor } from './EarnRuleEditor.js';
import { ruleCapsText, ruleRewardText, templateDescription } from './words.js';

const messageKey = (key: string): MessageKey | null => (key in catalogue.en ? (key as MessageKey) : null);

/** Start a rule from a shipped template (named in the reader's language) or from nothing. */
function NewRule({ onStart }: { onStart: (start: { name: string; definition: RuleDefinition }) => void }) {
  const { t, fmt } = useUi();
  const templates = useRuleTemplates();
  const [choice, setChoice] = useState('');
  const inWords = (key: string, fallback: string | undefined) => {
    const translated = messageKey(key);
    return translated ? t(translated) : fallback;
  };
  const nameOf = (key: string, fallback: string) => inWords(`template_${key}`, fallback) ?? fallback;
  const chosen = templates.data?.data.find((candidate) => candidate.key === choice);
  const start = () => {
    onStart(
      chosen
        ? { name: nameOf(chosen.key, chosen.name), definition: chosen.definition }
        : {
            name: '',
            definition: {
              trigger: { type: 'event', event: 'Order Completed' },
              conditions: [],
              reward: { type: 'fixed', points: 10 },
              limits: { once_per_customer: false },
              apply_tier_multiplier: true,
            },
          },
    );
  };
  return (
    <div className="field-row">
      <SelectField
        label={t('rule_start_from')}
        value={choice}
        onChange={setChoice}
        options={[
          { value: '', label: t('rule_from_scratch') },
          ...(templates.data?.data ?? []).map((template) => ({
            value: template.key,
            label: nameOf(template.key, template.name),
          })),
        ]}
        hint={chosen && templateDescription(t, fmt, chosen)}
      />
      <button type="button" className="primary" onClick={start}>
        {t('rule_new')}
      </button>
    </div>
  );
}

export function EarnRules() {
  const { t, fmt, readOnly } = useUi();
  const rules = useEarnRules();
  const switchRule = useUpdateEarnRule();
  const archive = useArchiveEarnRule();
  const [editing, setEditing] = useState<string | null>(null);
  const [starting, setStarting] = useState<{ name: string; definition: RuleDefinition } | null>(null);
  return (
    <Panel title={t('earn_rules_title')} definition={t('earn_rules_def')} wide>
      {!readOnly &&
        (starting ? (
          <EarnRuleEditor start={starting} onDone={() => setStarting(null)} />
        ) : (
          <NewRule onStart={setStarting} />
        ))}
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
                  <th scope="col">{t('col_rule_caps')}</th>
                  <th scope="col">{t('col_rule_status')}</th>
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
                      <td colSpan={6}>
                        <EarnRuleEditor rule={rule} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={id}>
                      <td>{name}</td>
                      <td>
                        {rule.trigger.type === 'event'
                          ? eventLabel(t, { name: rule.trigger.event, type: null })
                          : t('trigger_birthday')}
                      </td>
                      <td data-testid="rule-reward">{ruleRewardText(t, fmt, rule)}</td>
                      <td data-testid="rule-caps">{ruleCapsText(t, fmt, rule)}</td>
                      <td>
                        {!readOnly ? (
                          <button
                            type="button"
                            role="switch"
                            aria-checked={rule.active}
                            aria-label={t('rule_switch', { name })}
                            disabled={switchRule.isPending}
                            onClick={() => switchRule.mutate({ id, changes: { active: !rule.active } })}
                          >
                            {rule.active ? t('rule_status_on') : t('rule_status_draft')}
                          </button>
                        ) : rule.active ? (
                          t('rule_status_on')
                        ) : (
                          t('rule_status_draft')
                        )}
                      </td>
                      <td>
                        {!readOnly && (
                          <div className="actions">
                            <button
                              type="button"
                              onClick={() => setEditing(id)}
                              aria-label={`${t('edit')} ${name}`}
                            >
                              {t('edit')}
                            </button>
                            <ArchiveButton name={name} onArchive={() => archive.mutate(id)} />
                          </div>
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
