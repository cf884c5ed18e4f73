import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText } from '../../components/States.js';
import {
  useBroadcastAudience,
  useCreateBroadcast,
  useTemplates,
  type NewBroadcast,
} from '../../hooks/messages.js';
import { useWorkspace } from '../../hooks/workspace.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { Link, navigate } from '../../router.js';
import { useUi } from '../../ui.js';
import { instantOfWall, wallOf } from './shop-time.js';
import { channelName } from './words.js';

type Topic = NewBroadcast['audience']['topic'];
type Priority = NewBroadcast['priority'];
type When = 'now' | 'at' | 'local';

export const broadcastTopics: Topic[] = ['newsletter', 'offers', 'loyalty_updates', 'surveys'];
const whens: When[] = ['now', 'at', 'local'];

interface Draft {
  name: string;
  template: string;
  topic: Topic;
  priority: Priority;
  when: When;
  date: string;
  time: string;
  expiresDate: string;
  expiresTime: string;
}

/** A labelled select whose refusal shows beside it, like Field's. */
function Choice(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-note` : undefined}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {props.children}
      </select>
      {props.error && (
        <div id={`${id}-note`} className="field-error">
          {props.error}
        </div>
      )}
    </div>
  );
}

/**
 * The API body for a draft. Times are read on the shop's clock; a local-time broadcast names its
 * day by an instant on it: noon there (always that date), or now when noon has passed today.
 */
function bodyOf(draft: Draft, zone: string, now: Date): NewBroadcast {
  const expires =
    draft.expiresDate && draft.expiresTime
      ? { expires_at: instantOfWall(draft.expiresDate, draft.expiresTime, zone).toISOString() }
      : {};
  const base = {
    name: draft.name.trim(),
    template: draft.template,
    audience: { topic: draft.topic },
    priority: draft.priority,
    ...expires,
  };
  if (draft.when === 'now') return base;
  if (draft.when === 'at') {
    return { ...base, send_at: instantOfWall(draft.date, draft.time, zone).toISOString() };
  }
  const noon = instantOfWall(draft.date, '12:00', zone);
  const onDay = noon > now || wallOf(now, zone).date !== draft.date ? noon : now;
  return { ...base, send_at: onDay.toISOString(), local_time: draft.time };
}

/** A new broadcast: a template to a topic's subscribers, now, at a time, or at one local time in every zone. */
export function BroadcastForm() {
  const { t, fmt } = useUi();
  const templates = useTemplates();
  const workspace = useWorkspace();
  const create = useCreateBroadcast();
  const formRef = useRef<HTMLFormElement>(null);
  const zone = workspace.data?.timezone ?? 'UTC';
  const today = wallOf(new Date(), zone).date;
  const [draft, setDraft] = useState<Draft>({
    name: '',
    template: '',
    topic: 'newsletter',
    priority: 'promotional',
    when: 'now',
    date: today,
    time: '09:00',
    expiresDate: '',
    expiresTime: '',
  });
  const usable = templates.data?.data.filter((template) => !template.archived) ?? [];
  const template = draft.template || usable[0]?.id || '';
  const audience = useBroadcastAudience(
    template ? { template, topic: draft.topic, priority: draft.priority } : null,
  );
  const error = create.error instanceof ApiError ? create.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const named = ['name', 'template', 'audience.topic', 'priority', 'send_at', 'local_time', 'expires_at'];
  const change = (changes: Partial<Draft>) => setDraft((current) => ({ ...current, ...changes }));

  // A refusal moves the focus to the field it names, so a keyboard user lands where to fix it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [create.error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(bodyOf({ ...draft, template }, zone, new Date()), {
      onSuccess: (created) => navigate(`/messages/broadcasts/${encodeURIComponent(created.id)}`),
    });
  };

  const sendAtError = fieldError('send_at');
  return (
    <Panel
      title={t('broadcast_new')}
      wide
      actions={<Link href="/messages/broadcasts">{t('broadcast_back')}</Link>}
    >
      <form ref={formRef} className="form" aria-label={t('broadcast_new')} onSubmit={submit} noValidate>
        <fieldset disabled={create.isPending}>
          <Field
            label={t('broadcast_name')}
            value={draft.name}
            required
            maxLength={200}
            onChange={(event) => change({ name: event.target.value })}
            error={fieldError('name')}
          />
          <div className="field-row">
            <Choice
              label={t('broadcast_template')}
              value={template}
              onChange={(value) => change({ template: value })}
              error={fieldError('template')}
            >
              {usable.length === 0 && <option value="">{t('broadcast_no_templates')}</option>}
              {usable.map((option) => (
                <option key={option.id} value={option.id}>
                  {`${option.name} · ${channelName(t, option.channel)}`}
                </option>
              ))}
            </Choice>
            <Choice
              label={t('broadcast_topic')}
              value={draft.topic}
              onChange={(value) => change({ topic: value as Topic })}
              error={fieldError('audience.topic')}
            >
              {broadcastTopics.map((topic) => (
                <option key={topic} value={topic}>
                  {t(`topic_${topic}` satisfies MessageKey)}
                </option>
              ))}
            </Choice>
            <Choice
              label={t('broadcast_priority')}
              value={draft.priority}
              onChange={(value) => change({ priority: value as Priority })}
              error={fieldError('priority')}
            >
              <option value="promotional">{t('priority_promotional')}</option>
              <option value="triggered">{t('priority_triggered')}</option>
            </Choice>
          </div>
          <p className="field-hint">{t('broadcast_audience_hint')}</p>
          {audience.data && (
            <p role="status" data-testid="broadcast-estimate">
              {t('broadcast_estimate', { count: fmt.number(audience.data.customers) })}
            </p>
          )}
          <div role="radiogroup" aria-label={t('broadcast_when')} className="check-row">
            {whens.map((when) => (
              <label key={when}>
                <input
                  type="radio"
                  name="when"
                  value={when}
                  checked={draft.when === when}
                  onChange={() => change({ when })}
                />
                {t(`broadcast_when_${when}` satisfies MessageKey)}
              </label>
            ))}
          </div>
          {draft.when !== 'now' && (
            <div className="field-row">
              <Field
                label={t(draft.when === 'local' ? 'broadcast_day' : 'broadcast_date')}
                type="date"
                value={draft.date}
                required
                onChange={(event) => change({ date: event.target.value })}
                error={sendAtError}
              />
              <Field
                label={t(draft.when === 'local' ? 'broadcast_local_time' : 'broadcast_time')}
                type="time"
                value={draft.time}
                required
                onChange={(event) => change({ time: event.target.value })}
                error={draft.when === 'local' ? fieldError('local_time') : null}
                hint={t(draft.when === 'local' ? 'broadcast_local_hint' : 'broadcast_shop_zone', { zone })}
              />
            </div>
          )}
          {draft.when === 'now' && sendAtError && <p className="field-error">{sendAtError}</p>}
          <div className="field-row">
            <Field
              label={t('broadcast_expires_date')}
              type="date"
              value={draft.expiresDate}
              onChange={(event) => change({ expiresDate: event.target.value })}
              error={fieldError('expires_at')}
              hint={t('broadcast_expires_hint')}
            />
            <Field
              label={t('broadcast_expires_time')}
              type="time"
              value={draft.expiresTime}
              onChange={(event) => change({ expiresTime: event.target.value })}
            />
          </div>
          {create.error && !named.includes(error?.param ?? '') && (
            <p className="form-error" role="alert">
              {errorText(t, create.error)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={!template}>
              {t(draft.when === 'now' ? 'broadcast_send_now' : 'broadcast_schedule')}
            </button>
          </div>
        </fieldset>
      </form>
    </Panel>
  );
}
