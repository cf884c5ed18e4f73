import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, fieldErrorText, QueryView } from '../../components/States.js';
import {
  channelKinds,
  useChannels,
  useRemoveChannel,
  useSaveChannel,
  type Channel,
  type ChannelKind,
} from '../../hooks/messages.js';
import type { MessageKey, Translate } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { channelName } from './words.js';

interface ChannelField {
  name: string;
  label: MessageKey;
  /** Never shown back by the API: typed again on every save. */
  secret?: boolean;
  optional?: boolean;
  placeholder?: string;
}

const baseUrl = (placeholder: string): ChannelField => ({
  name: 'base_url',
  label: 'channel_field_base_url',
  optional: true,
  placeholder,
});

/** Each channel's settings, as PUT /v1/channels/{kind} validates them. */
const channelFields: Record<ChannelKind, ChannelField[]> = {
  email: [
    {
      name: 'smtp_url',
      label: 'channel_field_smtp_url',
      secret: true,
      placeholder: 'smtps://user:password@smtp.example.com:465',
    },
    { name: 'from', label: 'channel_field_from_mailbox', placeholder: 'Shop <hi@shop.example>' },
    { name: 'reply_to', label: 'channel_field_reply_to', optional: true },
    { name: 'list_id', label: 'channel_field_list_id', optional: true, placeholder: 'news.shop.example' },
  ],
  sms: [
    { name: 'account_sid', label: 'channel_field_account_sid', placeholder: 'AC…' },
    { name: 'auth_token', label: 'channel_field_auth_token', secret: true },
    { name: 'from', label: 'channel_field_from_number', placeholder: '+84901234567' },
    baseUrl('https://api.twilio.com'),
  ],
  line: [
    { name: 'channel_access_token', label: 'channel_field_access_token', secret: true },
    baseUrl('https://api.line.me'),
  ],
  zalo: [
    { name: 'access_token', label: 'channel_field_access_token', secret: true },
    baseUrl('https://business.openapi.zalo.me'),
  ],
  whatsapp: [
    { name: 'access_token', label: 'channel_field_access_token', secret: true },
    { name: 'phone_number_id', label: 'channel_field_phone_number_id' },
    // Receipts: the Meta app's secret signs them, the verify token answers Meta's check of the URL.
    { name: 'app_secret', label: 'channel_field_app_secret', secret: true, optional: true },
    { name: 'verify_token', label: 'channel_field_verify_token', secret: true, optional: true },
    baseUrl('https://graph.facebook.com/v21.0'),
  ],
  push: [
    { name: 'vapid_public_key', label: 'channel_field_vapid_public_key' },
    { name: 'vapid_private_key', label: 'channel_field_vapid_private_key', secret: true },
    { name: 'subject', label: 'channel_field_vapid_subject', placeholder: 'mailto:owner@shop.example' },
  ],
  webhook: [
    { name: 'url', label: 'channel_field_url', placeholder: 'https://shop.example/hooks/retain' },
    { name: 'secret', label: 'channel_field_webhook_secret', secret: true, placeholder: 'whsec_…' },
  ],
};

/** What the API answers in place of a secret that is set (redactSecrets on the server). */
const secretSet = '…set';

/** The note under a field: a secret that is set says so, since its box is empty. */
function fieldHint(t: Translate, field: ChannelField, shown: unknown) {
  if (field.secret && shown === secretSet)
    return t(field.optional ? 'channel_secret_set_optional' : 'channel_secret_set');
  return field.optional ? t('optional') : undefined;
}

/** The set-up form: Save stores the settings; Save and verify has the provider check them first. */
function ChannelForm({
  kind,
  channel,
  onDone,
}: {
  kind: ChannelKind;
  channel: Channel | undefined;
  onDone: () => void;
}) {
  const { t } = useUi();
  const save = useSaveChannel();
  const fields = channelFields[kind];
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      fields.map((field) => {
        const shown = channel?.settings[field.name];
        return [field.name, !field.secret && typeof shown === 'string' ? shown : ''];
      }),
    ),
  );
  const error = save.error instanceof ApiError ? save.error : null;
  const submit = (verify: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    const settings = Object.fromEntries(
      fields
        .filter((field) => !(field.optional && values[field.name]!.trim() === ''))
        .map((field) => [field.name, values[field.name]!.trim()]),
    );
    save.mutate({ kind, settings, verify }, { onSuccess: onDone });
  };
  const name = channelName(t, kind);
  return (
    <form
      className="form inline-form"
      onSubmit={submit(false)}
      aria-label={t('channel_setup_named', { name })}
    >
      {channel && <p className="field-hint">{t('channel_secrets_hint')}</p>}
      {fields.map((field) => (
        <Field
          key={field.name}
          label={t(field.label)}
          type={field.secret ? 'password' : 'text'}
          autoComplete="off"
          placeholder={field.placeholder}
          required={!field.optional}
          value={values[field.name]}
          hint={fieldHint(t, field, channel?.settings[field.name])}
          onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
          error={fieldErrorText(t, error, field.name)}
        />
      ))}
      {error && !fields.some((field) => field.name === error.param) && (
        <p className="form-error" role="alert">
          {error.code === 'channel_verification_failed'
            ? t('channel_verify_failed', { reason: error.message })
            : errorText(t, error)}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t('saving') : t('save')}
        </button>
        <button type="button" disabled={save.isPending} onClick={() => submit(true)()}>
          {t('channel_save_verify')}
        </button>
        <button type="button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

/** What a set-up channel shows of its settings: the values the API returns, secrets only as set. */
function settingsSummary(t: Translate, channel: Channel): string {
  return Object.entries(channel.settings)
    .filter(([, value]) => typeof value === 'string' && value !== '')
    .map(([name, value]) => `${name}: ${value === secretSet ? t('channel_value_set') : String(value)}`)
    .join(' · ');
}

export function Channels() {
  const { t, fmt, readOnly } = useUi();
  const channels = useChannels();
  const remove = useRemoveChannel();
  const [editing, setEditing] = useState<ChannelKind | null>(null);
  return (
    <Panel title={t('channels_title')} definition={t('channels_def')} wide>
      <QueryView query={channels} what="/v1/channels">
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('col_channel')}</th>
                <th scope="col">{t('col_status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channelKinds.map((kind) => {
                const channel = list.data.find((one) => one.kind === kind);
                const name = channelName(t, kind);
                return editing === kind ? (
                  <tr key={kind}>
                    <td colSpan={3}>
                      <strong>{name}</strong>
                      <ChannelForm kind={kind} channel={channel} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <tr key={kind} data-testid={`channel-${kind}`}>
                    <td>{name}</td>
                    <td>
                      {channel ? (
                        <>
                          <span className="badge status-sent">{t('channel_set_up')}</span>{' '}
                          <span className="muted">
                            {t('channel_updated', { date: fmt.dateTime(channel.updated) })}
                          </span>
                          <div className="field-hint">{settingsSummary(t, channel)}</div>
                        </>
                      ) : (
                        <span className="muted">{t('channel_not_set_up')}</span>
                      )}
                    </td>
                    <td>
                      {!readOnly && (
                        <div className="actions">
                          <button
                            type="button"
                            onClick={() => setEditing(kind)}
                            aria-label={t(channel ? 'channel_edit_named' : 'channel_setup_named', { name })}
                          >
                            {channel ? t('channel_edit') : t('channel_setup')}
                          </button>
                          {channel && (
                            <button
                              type="button"
                              onClick={() => remove.mutate(kind)}
                              aria-label={t('channel_remove_named', { name })}
                            >
                              {t('remove')}
                            </button>
                          )}
                        </div>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </QueryView>
    </Panel>
  );
}
