import { useUi } from '../../ui.js';

const textOf = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * A rendered message as its customer sees it: an email's HTML in a sandboxed frame (no scripts,
 * no same-origin access, no forms: `sandbox=""`), any other channel's text as text.
 */
export function RenderedView({ channel, content }: { channel: string; content: Record<string, unknown> }) {
  const { t } = useUi();
  const subject = textOf(content.subject);
  const preheader = textOf(content.preheader);
  const html = textOf(content.html);
  const title = textOf(content.title);
  const body = textOf(content.text);
  const from = content.from as { name?: string | null; address?: string } | undefined;
  return (
    <div className="rendered-message" data-channel={channel}>
      <dl className="facts">
        {from?.address && (
          <div>
            <dt>{t('rendered_from')}</dt>
            <dd>{from.name ? `${from.name} <${from.address}>` : from.address}</dd>
          </div>
        )}
        {subject !== undefined && (
          <div>
            <dt>{t('template_subject')}</dt>
            <dd data-testid="rendered-subject">{subject}</dd>
          </div>
        )}
        {preheader && (
          <div>
            <dt>{t('template_preheader')}</dt>
            <dd>{preheader}</dd>
          </div>
        )}
        {title && (
          <div>
            <dt>{t('template_title')}</dt>
            <dd>{title}</dd>
          </div>
        )}
      </dl>
      {html !== undefined ? (
        <iframe title={t('rendered_email')} sandbox="" srcDoc={html} />
      ) : body !== undefined ? (
        <pre className="message-text" data-testid="rendered-text">
          {body}
        </pre>
      ) : (
        <pre className="message-text">{JSON.stringify(content.payload ?? content, null, 2)}</pre>
      )}
    </div>
  );
}
