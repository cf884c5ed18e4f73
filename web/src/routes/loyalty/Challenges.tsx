import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useArchiveChallenge, useChallenges, useSaveChallenge, type Challenge } from '../../hooks/loyalty.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import { eventLabel } from '../../i18n/events.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from './ArchiveButton.js';

const instantOf = (date: string) => (date ? new Date(`${date}T23:59:59Z`).toISOString() : null);
const operators = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'contains', 'exists'] as const;
type Operator = (typeof operators)[number];
interface ConditionDraft {
  path: string;
  operator: Operator;
  value: string;
}

/** A challenge compares values as they are (500000 is not "500000"): a typed number is a number. */
function typedValue(text: string): string | number | boolean {
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

/**
 * A challenge and the badge it gives. What counts (the event, how many, within how many days)
 * is fixed once customers are counting toward it: the API changes only the name, bonus, badge
 * and end, so the form locks the rest when editing.
 */
function ChallengeForm({ challenge, onDone }: { challenge?: Challenge; onDone: () => void }) {
  const { t } = useUi();
  const save = useSaveChallenge();
  const [name, setName] = useState(challenge?.name ?? '');
  const [event, setEvent] = useState(challenge?.event_name ?? 'Order Completed');
  const [required, setRequired] = useState(String(challenge?.events_required ?? 3));
  const [windowDays, setWindowDays] = useState(String(challenge?.window_days ?? 30));
  const [bonus, setBonus] = useState(String(challenge?.bonus_points ?? 0));
  const [badge, setBadge] = useState(challenge?.badge.name ?? '');
  const [badgeText, setBadgeText] = useState(challenge?.badge.description ?? '');
  const [badgeImage, setBadgeImage] = useState(challenge?.badge.image_url ?? '');
  const [until, setUntil] = useState(challenge?.active_until?.slice(0, 10) ?? '');
  const [conditions, setConditions] = useState<ConditionDraft[]>(
    challenge?.conditions.map((c) => ({
      path: c.path,
      operator: c.operator,
      value: String(c.value ?? ''),
    })) ?? [],
  );
  const setCondition = (index: number, changes: Partial<ConditionDraft>) =>
    setConditions((current) => current.map((c, i) => (i === index ? { ...c, ...changes } : c)));
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const submit = (submitted: FormEvent) => {
    submitted.preventDefault();
    const changes = {
      name,
      bonus_points: Number(bonus),
      badge: { name: badge, description: badgeText.trim() || null, image_url: badgeImage.trim() || null },
      active_until: instantOf(until),
    };
    save.mutate(
      challenge
        ? { id: challenge.id, challenge: changes }
        : {
            id: null,
            challenge: {
              ...changes,
              event_name: event,
              conditions: conditions.map((c) => ({
                path: c.path,
                operator: c.operator,
                ...(c.operator === 'exists' ? {} : { value: typedValue(c.value) }),
              })),
              events_required: Number(required),
              window_days: Number(windowDays),
            },
          },
      { onSuccess: onDone },
    );
  };
  return (
    <form
      className="form inline-form"
      onSubmit={submit}
      aria-label={challenge ? t('challenge_edit_title', { name: challenge.name }) : t('challenge_new')}
    >
      <div className="field-row">
        <Field
          label={t('challenge_name')}
          value={name}
          required
          onChange={(e) => setName(e.target.value)}
          error={fieldError('name')}
        />
        <Field
          label={t('challenge_event')}
          value={event}
          disabled={Boolean(challenge)}
          onChange={(e) => setEvent(e.target.value)}
          error={fieldError('event_name')}
        />
        <Field
          label={t('challenge_required')}
          type="number"
          min={1}
          value={required}
          disabled={Boolean(challenge)}
          onChange={(e) => setRequired(e.target.value)}
          error={fieldError('events_required')}
        />
        <Field
          label={t('challenge_window')}
          type="number"
          min={1}
          value={windowDays}
          disabled={Boolean(challenge)}
          onChange={(e) => setWindowDays(e.target.value)}
          error={fieldError('window_days')}
        />
      </div>
      <fieldset disabled={Boolean(challenge)}>
        <legend>{t('rule_conditions')}</legend>
        {conditions.length === 0 && <p className="muted">{t('rule_conditions_none')}</p>}
        {conditions.map((condition, index) => (
          <div className="field-row" key={index}>
            <Field
              label={t('rule_condition_path')}
              value={condition.path}
              onChange={(e) => setCondition(index, { path: e.target.value })}
              error={fieldError(`conditions[${index}].path`)}
            />
            <SelectField
              label={t('rule_condition_operator')}
              value={condition.operator}
              onChange={(operator) => setCondition(index, { operator: operator as Operator })}
              options={operators.map((operator) => ({ value: operator, label: t(`operator_${operator}`) }))}
            />
            {condition.operator !== 'exists' && (
              <Field
                label={t('rule_condition_value')}
                value={condition.value}
                onChange={(e) => setCondition(index, { value: e.target.value })}
              />
            )}
            {!challenge && (
              <button
                type="button"
                onClick={() => setConditions((current) => current.filter((_, i) => i !== index))}
              >
                {t('rule_condition_remove')}
              </button>
            )}
          </div>
        ))}
        {!challenge && (
          <button
            type="button"
            onClick={() => setConditions((current) => [...current, { path: '', operator: 'eq', value: '' }])}
          >
            {t('rule_condition_add')}
          </button>
        )}
      </fieldset>
      <div className="field-row">
        <Field
          label={t('challenge_bonus')}
          type="number"
          min={0}
          value={bonus}
          onChange={(e) => setBonus(e.target.value)}
          error={fieldError('bonus_points')}
        />
        <Field
          label={t('challenge_badge')}
          value={badge}
          required
          onChange={(e) => setBadge(e.target.value)}
          error={fieldError('badge.name')}
        />
        <Field
          label={t('challenge_badge_text')}
          value={badgeText}
          onChange={(e) => setBadgeText(e.target.value)}
          error={fieldError('badge.description')}
        />
        <Field
          label={t('challenge_badge_image')}
          type="url"
          value={badgeImage}
          onChange={(e) => setBadgeImage(e.target.value)}
          error={fieldError('badge.image_url')}
        />
        <Field
          label={t('challenge_until')}
          type="date"
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          error={fieldError('active_until')}
        />
      </div>
      {error && !error.param && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

export function Challenges() {
  const { t, fmt, readOnly } = useUi();
  const challenges = useChallenges();
  const archive = useArchiveChallenge();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Panel
      title={t('challenges_title')}
      definition={t('challenges_def')}
      wide
      actions={
        !readOnly && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('challenge_new')}
          </button>
        )
      }
    >
      {editing === 'new' && <ChallengeForm onDone={() => setEditing(null)} />}
      <QueryView query={challenges} what="/v1/loyalty/challenges">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('challenges_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_challenge_goal')}</th>
                  <th scope="col">{t('col_challenge_gives')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((challenge) =>
                  editing === challenge.id ? (
                    <tr key={challenge.id}>
                      <td colSpan={4}>
                        <ChallengeForm challenge={challenge} onDone={() => setEditing(null)} />
                      </td>
                    </tr>
                  ) : (
                    <tr key={challenge.id}>
                      <td>{challenge.name}</td>
                      <td>
                        {t('challenge_goal', {
                          count: fmt.number(challenge.events_required),
                          event: eventLabel(t, { name: challenge.event_name, type: null }),
                          days: fmt.number(challenge.window_days),
                        })}
                      </td>
                      <td>
                        {t('challenge_gives', {
                          badge: challenge.badge.name,
                          points: fmt.points(challenge.bonus_points),
                        })}
                      </td>
                      <td>
                        {!readOnly && (
                          <div className="actions">
                            <button
                              type="button"
                              onClick={() => setEditing(challenge.id)}
                              aria-label={`${t('edit')} ${challenge.name}`}
                            >
                              {t('edit')}
                            </button>
                            <ArchiveButton
                              name={challenge.name}
                              onArchive={() => archive.mutate(challenge.id)}
                            />
                          </div>
                        )}
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
