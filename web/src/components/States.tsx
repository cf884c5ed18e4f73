import type { ReactNode } from 'react';
import { ApiError } from '../api/client.js';
import { useUi } from '../ui.js';

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
        <p>{t('not_available_body', { what: what ?? error.message })}</p>
      </div>
    );
  }
  // A business rule (e.g. "fit the model first") is a state to explain, not a failure.
  if (error instanceof ApiError && error.status === 422) return <Empty>{error.message}</Empty>;
  return (
    <div className="state state-error" role="alert">
      <strong>{t('error_title')}</strong>
      <p>{error instanceof Error ? error.message : String(error)}</p>
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
