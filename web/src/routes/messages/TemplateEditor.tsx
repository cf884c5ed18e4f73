import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { ErrorState, errorText, fieldErrorText, Loading } from '../../components/States.js';
import {
  channelKinds,
  usePreview,
  useSaveTemplate,
  useTemplate,
  useTestSend,
  type NewTemplate,
  type Template,
} from '../../hooks/messages.js';
import { useUi } from '../../ui.js';
import { RenderedView } from './RenderedView.js';
import { TextArea } from './TextArea.js';
import { channelName } from './words.js';

const sampleLanguages = ['en', 'vi', 'th', 'ja'] as const;
/** Channels whose messages carry a title, a link, or a template the provider approved. */
const titled = new Set(['push', 'in_app', 'webhook']);
const linked = new Set(['push', 'webhook']);
const providerTemplated = new Set(['zalo', 'whatsapp']);

const starterBody = `<mjml>
  <mj-body>
    <mj-section>
      <mj-column>
        <mj-text>Hi {{ customer.first_name }},</mj-text>
        <mj-text>Thank you for shopping at {{ shop.name }}.</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;

const starterText = 'Hi {{ customer.first_name }}, thank you for shopping at {{ shop.name }}.';

/** A value that follows `value` once it has stopped changing for `delayMs`. */
function useDebounced<Value>(value: Value, delayMs: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

interface Draft {
  channel: string;
  name: string;
  subject: string;
  preheader: string;
  body: string;
  textBody: string;
  title: string;
  url: string;
  providerTemplate: string;
  providerLanguage: string;
  /** provider_params as lines of `name: value`. */
  providerParams: string;
  senderName: string;
  replyTo: string;
  signature: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function draftOf(template: Template | undefined): Draft {
  const source = template?.source ?? {};
  const sender = (source.sender ?? {}) as Record<string, unknown>;
  return {
    channel: template?.channel ?? 'email',
    name: template?.name ?? '',
    subject: text(source.subject),
    preheader: text(source.preheader),
    body: template ? text(source.body) : starterBody,
    textBody: text(source.text_body),
    title: text(source.title),
    url: text(source.url),
    providerTemplate: text(source.provider_template),
    providerLanguage: text(source.provider_language),
    providerParams: Object.entries((source.provider_params ?? {}) as Record<string, string>)
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n'),
    senderName: text(sender.name),
    replyTo: text(sender.reply_to),
    signature: text(sender.signature),
  };
}

/** The API's fields of a draft: only those its channel reads, empty optional ones left out. */
function fieldsOf(draft: Draft) {
  const optional = (value: string) => (value.trim() === '' ? undefined : value);
  const email = draft.channel === 'email';
  return {
    body: draft.body,
    ...(email
      ? {
          subject: optional(draft.subject),
          preheader: optional(draft.preheader),
          text_body: optional(draft.textBody),
          ...(draft.senderName.trim()
            ? {
                sender: {
                  name: draft.senderName.trim(),
                  reply_to: optional(draft.replyTo.trim()) ?? null,
                  signature: optional(draft.signature) ?? null,
                },
              }
            : {}),
        }
      : {}),
    ...(titled.has(draft.channel) ? { title: optional(draft.title) } : {}),
    ...(linked.has(draft.channel) ? { url: optional(draft.url) } : {}),
    ...(providerTemplated.has(draft.channel)
      ? {
          provider_template: optional(draft.providerTemplate),
          provider_params: paramsOf(draft.providerParams),
          ...(draft.channel === 'whatsapp' ? { provider_language: optional(draft.providerLanguage) } : {}),
        }
      : {}),
  };
}

/** `name: value` lines as provider_params; a line without a colon is a name with an empty value. */
function paramsOf(lines: string): Record<string, string> {
  return Object.fromEntries(
    lines
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const colon = line.indexOf(':');
        return colon < 0 ? [line.trim(), ''] : [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
      }),
  );
}

/** The saved version as a customer would receive it, for a sample customer or a real one. */
function PreviewPane({ template }: { template: Template }) {
  const { t } = useUi();
  const [sample, setSample] = useState<string>(template.language?.slice(0, 2) ?? 'en');
  const [customer, setCustomer] = useState('');
  const typed = useDebounced(customer.trim(), 400);
  const asked =
    sample === 'customer' && typed ? { customer: typed } : { locale: sample === 'customer' ? 'en' : sample };
  const preview = usePreview(template.id, template.version, asked);
  const error = preview.error instanceof ApiError ? preview.error : null;
  return (
    <section className="message-preview" aria-label={t('template_preview')} data-testid="template-preview">
      <div className="field-row">
        <SelectField
          label={t('template_preview_as')}
          value={sample}
          onChange={setSample}
          options={[
            ...sampleLanguages.map((language) => ({
              value: language,
              label: t(`template_sample_${language}`),
            })),
            { value: 'customer', label: t('template_sample_customer') },
          ]}
        />
        {sample === 'customer' && (
          <Field
            label={t('template_preview_customer')}
            placeholder="cus_… / user_42"
            value={customer}
            onChange={(event) => setCustomer(event.target.value)}
            error={fieldErrorText(t, error, 'customer')}
          />
        )}
      </div>
      <p className="field-hint">{t('template_preview_version', { version: template.version })}</p>
      {preview.isPending ? (
        <Loading />
      ) : error?.code === 'template_render_failed' ? (
        <p className="form-error" role="alert">
          {t('template_render_failed', { reason: error.message })}
        </p>
      ) : preview.isError && error?.param !== 'customer' ? (
        <ErrorState error={preview.error} />
      ) : preview.data ? (
        <div className={preview.isPlaceholderData ? 'stale' : undefined}>
          <RenderedView channel={preview.data.channel} content={preview.data.content} />
        </div>
      ) : null}
    </section>
  );
}

function TestSendForm({ template }: { template: Template }) {
  const { t } = useUi();
  const send = useTestSend();
  const [to, setTo] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.mutate({ id: template.id, to: to.trim() });
  };
  const result = send.data;
  return (
    <form className="form inline-form" onSubmit={submit} aria-label={t('template_test_send')}>
      <div className="field-row">
        <Field
          label={t('template_test_to')}
          value={to}
          required
          onChange={(event) => setTo(event.target.value)}
          error={fieldErrorText(t, send.error instanceof ApiError ? send.error : null, 'to')}
        />
        <button type="submit" disabled={send.isPending}>
          {t('template_test_send')}
        </button>
      </div>
      {result && (
        <p role="status" className={result.outcome === 'sent' ? 'ok' : 'muted'}>
          {result.outcome === 'development_outbox'
            ? t('template_test_outbox')
            : result.outcome === 'sent'
              ? t('template_test_sent', { to: to.trim() })
              : t('template_test_failed', { reason: result.reason ?? result.outcome })}
        </p>
      )}
      {send.error !== null && !(send.error instanceof ApiError && send.error.param === 'to') && (
        <p className="form-error" role="alert">
          {errorText(t, send.error)}
        </p>
      )}
    </form>
  );
}

function EditorForm({
  template,
  onCreated,
  onClose,
}: {
  template: Template | undefined;
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const { t, readOnly } = useUi();
  const save = useSaveTemplate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(template));
  const set = (field: keyof Draft) => (value: string) => setDraft({ ...draft, [field]: value });
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const email = draft.channel === 'email';
  const unsaved = template !== undefined && JSON.stringify(draft) !== JSON.stringify(draftOf(template));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (template) {
      save.mutate({ id: template.id, template: { name: draft.name, ...fieldsOf(draft) } });
    } else {
      const created: NewTemplate = {
        name: draft.name,
        channel: draft.channel as NewTemplate['channel'],
        ...fieldsOf(draft),
      };
      save.mutate({ id: null, template: created }, { onSuccess: (made) => onCreated(made.id) });
    }
  };
  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={template ? t('template_edit_named', { name: template.name }) : t('template_new')}
    >
      <div className="field-row">
        <Field
          label={t('template_name')}
          value={draft.name}
          required
          onChange={(event) => set('name')(event.target.value)}
          error={fieldError('name')}
        />
        <SelectField
          label={t('col_channel')}
          value={draft.channel}
          disabled={Boolean(template)}
          onChange={(channel) => {
            // The starter body follows the channel until the marketer writes their own.
            const starter = [starterBody, starterText].includes(draft.body);
            const body = channel === 'email' ? starterBody : starterText;
            setDraft({ ...draft, channel, ...(starter ? { body } : {}) });
          }}
          options={[...channelKinds, 'in_app'].map((kind) => ({ value: kind, label: channelName(t, kind) }))}
        />
      </div>
      {email && (
        <>
          <Field
            label={t('template_subject')}
            value={draft.subject}
            onChange={(event) => set('subject')(event.target.value)}
            error={fieldError('subject')}
          />
          <Field
            label={t('template_preheader')}
            hint={t('template_preheader_hint')}
            value={draft.preheader}
            onChange={(event) => set('preheader')(event.target.value)}
            error={fieldError('preheader')}
          />
        </>
      )}
      {(titled.has(draft.channel) || linked.has(draft.channel)) && (
        <div className="field-row">
          {titled.has(draft.channel) && (
            <Field
              label={t('template_title')}
              value={draft.title}
              onChange={(event) => set('title')(event.target.value)}
              error={fieldError('title')}
            />
          )}
          {linked.has(draft.channel) && (
            <Field
              label={t('template_url')}
              value={draft.url}
              onChange={(event) => set('url')(event.target.value)}
              error={fieldError('url')}
            />
          )}
        </div>
      )}
      {providerTemplated.has(draft.channel) && (
        <>
          <div className="field-row">
            <Field
              label={t('template_provider_template')}
              hint={t('template_provider_template_hint')}
              value={draft.providerTemplate}
              required
              onChange={(event) => set('providerTemplate')(event.target.value)}
              error={fieldError('provider_template')}
            />
            {draft.channel === 'whatsapp' && (
              <Field
                label={t('template_provider_language')}
                placeholder="vi, th, ja, en_US"
                value={draft.providerLanguage}
                onChange={(event) => set('providerLanguage')(event.target.value)}
                error={fieldError('provider_language')}
              />
            )}
          </div>
          <TextArea
            label={t('template_provider_params')}
            hint={t('template_provider_params_hint')}
            rows={4}
            spellCheck={false}
            value={draft.providerParams}
            onChange={(event) => set('providerParams')(event.target.value)}
            error={fieldError('provider_params')}
          />
        </>
      )}
      <TextArea
        label={t('template_body')}
        hint={t(email ? 'template_body_hint_email' : 'template_body_hint')}
        rows={14}
        spellCheck={false}
        value={draft.body}
        required
        onChange={(event) => set('body')(event.target.value)}
        error={fieldError('body')}
      />
      {email && (
        <>
          <TextArea
            label={t('template_text_body')}
            hint={t('template_text_body_hint')}
            rows={4}
            value={draft.textBody}
            onChange={(event) => set('textBody')(event.target.value)}
            error={fieldError('text_body')}
          />
          <fieldset>
            <legend>{t('template_sender')}</legend>
            <p className="field-hint">{t('template_sender_hint')}</p>
            <div className="field-row">
              <Field
                label={t('template_sender_name')}
                value={draft.senderName}
                onChange={(event) => set('senderName')(event.target.value)}
                error={fieldError('sender.name')}
              />
              <Field
                label={t('template_reply_to')}
                type="email"
                value={draft.replyTo}
                onChange={(event) => set('replyTo')(event.target.value)}
                error={fieldError('sender.reply_to')}
              />
            </div>
            <TextArea
              label={t('template_signature')}
              rows={3}
              value={draft.signature}
              onChange={(event) => set('signature')(event.target.value)}
              error={fieldError('sender.signature')}
            />
          </fieldset>
        </>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error.code === 'template_invalid' || error.param === 'body'
            ? t('template_invalid', { reason: error.message })
            : errorText(t, error)}
        </p>
      )}
      {unsaved && (
        <p className="field-hint" role="status">
          {t('template_unsaved', { version: template.version })}
        </p>
      )}
      {save.isSuccess && !save.isPending && !unsaved && (
        <p className="ok" role="status">
          {t('template_saved', { version: save.data.version })}
        </p>
      )}
      <div className="actions">
        {!readOnly && (
          <button type="submit" className="primary" disabled={save.isPending}>
            {save.isPending ? t('saving') : template ? t('template_save_version') : t('create')}
          </button>
        )}
        <button type="button" onClick={onClose}>
          {t('template_back')}
        </button>
      </div>
    </form>
  );
}

/**
 * A template's editor beside its live preview: each save makes a new version (messages already
 * made keep theirs) and the preview renders it at once, for the sample customer of each language
 * or a real customer.
 */
export function TemplateEditor({
  id,
  onCreated,
  onClose,
}: {
  id: string | null;
  onCreated: (id: string) => void;
  onClose: () => void;
}) {
  const { t, readOnly } = useUi();
  const template = useTemplate(id);
  if (id && template.isPending) return <Loading />;
  if (id && template.isError) return <ErrorState error={template.error} onRetry={template.refetch} />;
  const current = template.data;
  return (
    <Panel
      title={
        current
          ? `${current.name} · ${t('template_version', { version: current.version })}`
          : t('template_new')
      }
      wide
    >
      <div className="split">
        <div>
          <EditorForm key={current?.id ?? 'new'} template={current} onCreated={onCreated} onClose={onClose} />
          {current && !readOnly && <TestSendForm template={current} />}
        </div>
        {current ? (
          <PreviewPane template={current} />
        ) : (
          <p className="muted message-preview">{t('template_preview_after_save')}</p>
        )}
      </div>
    </Panel>
  );
}
