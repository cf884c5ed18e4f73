import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { catalogue, type MessageKey, type Translate } from '../i18n/catalogue.js';
import { useUi } from '../ui.js';

const isMessageKey = (key: string): key is MessageKey => key in catalogue.en;

/**
 * What a refusal says to the reader, in their language, from its error code: the sentence for
 * the code and field, else for the code, else a generic one. Never the server's English message.
 */
export function errorText(t: Translate, error: unknown): string {
  if (error instanceof ApiError) {
    const key = [`error_${error.code}_${error.param ?? ''}`, `error_${error.code}`].find(isMessageKey);
    if (key) return t(key);
  }
  return t('error_generic');
}

/** A field's own error, when the refusal names it: what is wrong with this value. */
export function fieldErrorText(
  t: Translate,
  error: ApiError | null | undefined,
  param: string,
): string | null {
  if (error?.param !== param) return null;
  const specific = `error_${error.code}_${param}`;
  if (isMessageKey(specific)) return t(specific);
  // parameter_invalid's own sentence speaks of "a value" in the form; beside the field, "this value".
  if (error.code === 'parameter_invalid') return t('error_field_invalid');
  return errorText(t, error);
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useUi();
  return (error) => errorText(t, error);
}

export function Loading() {
  const { t } = useUi();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('loading')}
    </div>
  );
}

/** Renders `code` spans for the parts of a message written between backticks. */
export function RichText({ text }: { text: string }) {
  return (
    <>{text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part))}</>
  );
}

export function ErrorState({
  error,
  what,
  onRetry,
}: {
  error: unknown;
  what?: string;
  onRetry?: () => unknown;
}) {
  const { t } = useUi();
  if (error instanceof ApiError && error.missingRoute) {
    return (
      <div className="state state-unavailable" role="note">
        <strong>{t('not_available_title')}</strong>
        <p>{t('not_available_body', { what: what ?? t('not_available_feature') })}</p>
      </div>
    );
  }
  // A business rule (e.g. "fit the model first") is a state to explain, not a failure.
  if (error instanceof ApiError && error.status === 422) return <Empty>{errorText(t, error)}</Empty>;
  return (
    <div className="state state-error" role="alert">
      <strong>{t('error_title')}</strong>
      <p>
        <RichText text={errorText(t, error)} />
      </p>
      {onRetry && (
        <button type="button" onClick={() => onRetry()}>
          {t('error_retry')}
        </button>
      )}
    </div>
  );
}

/** What a new shop sees instead of a blank chart: how to get data in. */
export function Empty({ children }: { children?: ReactNode }) {
  const { t } = useUi();
  return (
    <div className="state state-empty">
      <strong>{t('empty_title')}</strong>
      <p>{children ?? <RichText text={t('empty_body')} />}</p>
    </div>
  );
}

interface QueryLike<Data> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: Data | undefined;
  refetch: () => unknown;
}

/** Loading, error, not-available and empty states around one query's data. */
export function QueryView<Data>(props: {
  query: QueryLike<Data>;
  what: string;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Loading />;
  if (query.isError || query.data === undefined)
    return <ErrorState error={query.error} what={props.what} onRetry={query.refetch} />;
  if (props.isEmpty?.(query.data)) return <Empty>{props.empty}</Empty>;
  return <>{props.children(query.data)}</>;
}
