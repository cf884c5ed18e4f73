import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import {
  channelKinds,
  useMessagingSettings,
  useSaveMessagingSettings,
  type CapRule,
  type MessagingSettings,
  type Pacing,
} from '../../hooks/messages.js';
import { useUi } from '../../ui.js';
import { channelName } from './words.js';

type QuietHours = NonNullable<Pacing['quiet_hours']>;
type Override = 'default' | 'off' | 'custom';
type CapPriority = CapRule['priorities'][number];
type CapChannel = Exclude<CapRule['channels'], 'all'>[number];

const consentChannels = ['email', 'sms', 'line', 'zalo', 'whatsapp', 'push'] as const;
const capPriorities: CapPriority[] = ['triggered', 'promotional'];

/** A cap rule as the form edits it: numbers as typed. */
interface CapDraft {
  id: string;
  limit: string;
  days: string;
  priorities: CapPriority[];
  channels: 'all' | CapChannel;
  newCustomerDays: string;
}

const capDraft = (rule: CapRule): CapDraft => ({
  id: rule.id,
  limit: String(rule.limit),
  days: String(rule.days),
  priorities: rule.priorities,
  // A rule over several named channels is shown by its first; the form sets one channel or all.
  channels: rule.channels === 'all' ? 'all' : (rule.channels[0] ?? 'all'),
  newCustomerDays: rule.new_customer_days === undefined ? '' : String(rule.new_customer_days),
});

const capRule = (draft: CapDraft): CapRule => ({
  id: draft.id.trim(),
  limit: Number(draft.limit),
  days: Number(draft.days),
  priorities: draft.priorities,
  channels: draft.channels === 'all' ? 'all' : [draft.channels],
  ...(draft.newCustomerDays.trim() ? { new_customer_days: Number(draft.newCustomerDays) } : {}),
});

function TimeRange(props: {
  label: string;
  value: QuietHours;
  onChange: (value: QuietHours) => void;
  error: (param: 'start' | 'end') => string | null;
}) {
  const { t } = useUi();
  return (
    <div className="field-row" role="group" aria-label={props.label}>
      <Field
        label={t('quiet_hours_start')}
        type="time"
        value={props.value.start}
        required
        onChange={(event) => props.onChange({ ...props.value, start: event.target.value })}
        error={props.error('start')}
      />
      <Field
        label={t('quiet_hours_end')}
        type="time"
        value={props.value.end}
        required
        onChange={(event) => props.onChange({ ...props.value, end: event.target.value })}
        error={props.error('end')}
      />
    </div>
  );
}

function Check(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}

function SettingsForm({ settings }: { settings: MessagingSettings }) {
  const { t, readOnly } = useUi();
  const save = useSaveMessagingSettings();
  const { pacing } = settings;
  const [quiet, setQuiet] = useState<QuietHours | null>(pacing.quiet_hours);
  const [overrides, setOverrides] = useState<Record<string, { mode: Override; hours: QuietHours }>>(() =>
    Object.fromEntries(
      channelKinds.map((kind) => {
        const own = pacing.channel_quiet_hours[kind];
        const mode: Override = own === undefined ? 'default' : own === null ? 'off' : 'custom';
        return [kind, { mode, hours: own ?? pacing.quiet_hours ?? { start: '21:00', end: '08:00' } }];
      }),
    ),
  );
  const [caps, setCaps] = useState<CapDraft[]>(() => pacing.frequency_caps.map(capDraft));
  const [legal, setLegal] = useState(pacing.respect_legal_presets);
  const [trackOpens, setTrackOpens] = useState(settings.track_opens);
  const [trackClicks, setTrackClicks] = useState(settings.track_clicks);
  const [doubleOptIn, setDoubleOptIn] = useState(settings.double_opt_in);
  const [traits, setTraits] = useState<Record<string, string>>(() => ({ ...settings.consent_traits }));
  const [publicUrl, setPublicUrl] = useState(settings.public_url ?? '');
  const [shopUrl, setShopUrl] = useState(settings.shop_url ?? '');
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const setCap = (index: number, changes: Partial<CapDraft>) =>
    setCaps(caps.map((cap, at) => (at === index ? { ...cap, ...changes } : cap)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const channelQuietHours = Object.fromEntries(
      Object.entries(overrides)
        .filter(([, override]) => override.mode !== 'default')
        .map(([kind, override]) => [kind, override.mode === 'off' ? null : override.hours]),
    );
    save.mutate({
      pacing: {
        quiet_hours: quiet,
        channel_quiet_hours: channelQuietHours,
        frequency_caps: caps.map(capRule),
        respect_legal_presets: legal,
      },
      track_opens: trackOpens,
      track_clicks: trackClicks,
      double_opt_in: doubleOptIn,
      consent_traits: Object.fromEntries(Object.entries(traits).filter(([, name]) => name.trim() !== '')),
      public_url: publicUrl.trim() || null,
      shop_url: shopUrl.trim() || null,
    });
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('messaging_settings_title')}>
      <fieldset disabled={readOnly}>
        <legend>{t('quiet_hours_title')}</legend>
        <p className="field-hint">{t('quiet_hours_hint')}</p>
        <div className="check-row">
          <Check
            label={t('quiet_hours_on')}
            checked={quiet !== null}
            onChange={(on) => setQuiet(on ? { start: '21:00', end: '08:00' } : null)}
          />
        </div>
        {quiet && (
          <TimeRange
            label={t('quiet_hours_title')}
            value={quiet}
            onChange={setQuiet}
            error={(part) => fieldError(`pacing.quiet_hours.${part}`)}
          />
        )}
        <h3>{t('quiet_hours_per_channel')}</h3>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('col_channel')}</th>
              <th scope="col">{t('quiet_hours_title')}</th>
            </tr>
          </thead>
          <tbody>
            {channelKinds.map((kind) => {
              const override = overrides[kind]!;
              const change = (changes: Partial<typeof override>) =>
                setOverrides({ ...overrides, [kind]: { ...override, ...changes } });
              return (
                <tr key={kind}>
                  <td>{channelName(t, kind)}</td>
                  <td>
                    <SelectField
                      label={t('quiet_hours_for', { channel: channelName(t, kind) })}
                      value={override.mode}
                      onChange={(mode) => change({ mode: mode as Override })}
                      options={[
                        { value: 'default', label: t('quiet_hours_default') },
                        { value: 'off', label: t('quiet_hours_off') },
                        { value: 'custom', label: t('quiet_hours_custom') },
                      ]}
                    />
                    {override.mode === 'custom' && (
                      <TimeRange
                        label={t('quiet_hours_for', { channel: channelName(t, kind) })}
                        value={override.hours}
                        onChange={(hours) => change({ hours })}
                        error={(part) => fieldError(`pacing.channel_quiet_hours.${kind}.${part}`)}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="check-row">
          <Check label={t('legal_presets')} checked={legal} onChange={setLegal} />
        </div>
        <p className="field-hint">{t('legal_presets_hint')}</p>
      </fieldset>

      <fieldset disabled={readOnly}>
        <legend>{t('caps_title')}</legend>
        <p className="field-hint">{t('caps_hint')}</p>
        {caps.map((cap, index) => (
          <div
            key={index}
            className="field-row"
            role="group"
            aria-label={t('cap_rule_named', { id: cap.id || index + 1 })}
          >
            <Field
              label={t('cap_id')}
              value={cap.id}
              required
              onChange={(event) => setCap(index, { id: event.target.value })}
              error={fieldError(`pacing.frequency_caps[${index}].id`)}
            />
            <Field
              label={t('cap_limit')}
              type="number"
              min={1}
              value={cap.limit}
              required
              onChange={(event) => setCap(index, { limit: event.target.value })}
              error={fieldError(`pacing.frequency_caps[${index}].limit`)}
            />
            <Field
              label={t('cap_days')}
              type="number"
              min={1}
              max={90}
              value={cap.days}
              required
              onChange={(event) => setCap(index, { days: event.target.value })}
              error={fieldError(`pacing.frequency_caps[${index}].days`)}
            />
            <SelectField
              label={t('col_channel')}
              value={cap.channels}
              onChange={(channels) => setCap(index, { channels: channels as CapDraft['channels'] })}
              options={[
                { value: 'all', label: t('cap_all_channels') },
                ...channelKinds.map((kind) => ({ value: kind, label: channelName(t, kind) })),
              ]}
            />
            <Field
              label={t('cap_new_customer_days')}
              type="number"
              min={1}
              value={cap.newCustomerDays}
              hint={t('optional')}
              onChange={(event) => setCap(index, { newCustomerDays: event.target.value })}
              error={fieldError(`pacing.frequency_caps[${index}].new_customer_days`)}
            />
            <div className="check-row">
              {capPriorities.map((priority) => (
                <Check
                  key={priority}
                  label={t(`priority_${priority}`)}
                  checked={cap.priorities.includes(priority)}
                  onChange={(on) =>
                    setCap(index, {
                      priorities: on
                        ? [...cap.priorities, priority]
                        : cap.priorities.filter((one) => one !== priority),
                    })
                  }
                />
              ))}
            </div>
            <button
              type="button"
              onClick={() => setCaps(caps.filter((_, at) => at !== index))}
              aria-label={t('cap_remove_named', { id: cap.id || index + 1 })}
            >
              {t('remove')}
            </button>
          </div>
        ))}
        {fieldError('pacing.frequency_caps') && (
          <p className="form-error">{fieldError('pacing.frequency_caps')}</p>
        )}
        <button
          type="button"
          onClick={() =>
            setCaps([
              ...caps,
              {
                id: '',
                limit: '1',
                days: '1',
                priorities: ['promotional'],
                channels: 'all',
                newCustomerDays: '',
              },
            ])
          }
        >
          {t('cap_add')}
        </button>
      </fieldset>

      <fieldset disabled={readOnly}>
        <legend>{t('tracking_consent_title')}</legend>
        <div className="check-row">
          <Check label={t('track_opens')} checked={trackOpens} onChange={setTrackOpens} />
          <Check label={t('track_clicks')} checked={trackClicks} onChange={setTrackClicks} />
          <Check label={t('double_opt_in')} checked={doubleOptIn} onChange={setDoubleOptIn} />
        </div>
        <p className="field-hint">{t('consent_traits_hint')}</p>
        <div className="field-row">
          {consentChannels.map((channel) => (
            <Field
              key={channel}
              label={t('consent_trait_for', { channel: channelName(t, channel) })}
              value={traits[channel] ?? ''}
              placeholder={`${channel}_opt_in`}
              onChange={(event) => setTraits({ ...traits, [channel]: event.target.value })}
              error={fieldError(`consent_traits.${channel}`)}
            />
          ))}
        </div>
        <Field
          label={t('public_url')}
          hint={t('public_url_hint')}
          type="url"
          placeholder="https://retain.shop.example"
          value={publicUrl}
          onChange={(event) => setPublicUrl(event.target.value)}
          error={fieldError('public_url')}
        />
        <Field
          label={t('shop_url')}
          hint={t('shop_url_hint')}
          type="url"
          placeholder="https://shop.example"
          value={shopUrl}
          onChange={(event) => setShopUrl(event.target.value)}
          error={fieldError('shop_url')}
        />
      </fieldset>
      {error && !error.param && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {error?.param && (
        <p className="form-error" role="alert">
          {t('settings_field_refused', { field: error.param })}
        </p>
      )}
      {save.isSuccess && (
        <p className="ok" role="status">
          {t('saved')}
        </p>
      )}
      {!readOnly && (
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? t('saving') : t('save')}
          </button>
        </div>
      )}
    </form>
  );
}

export function MessagingSettingsForm() {
  const { t } = useUi();
  const settings = useMessagingSettings();
  return (
    <Panel title={t('messaging_settings_title')} wide>
      <QueryView query={settings} what="/v1/messaging/settings">
        {(data) => <SettingsForm settings={data} />}
      </QueryView>
    </Panel>
  );
}
