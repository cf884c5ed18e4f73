import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useUpdateWorkspace, type Workspace } from '../../hooks/workspace.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { useUi } from '../../ui.js';
import { errorText, fieldErrorText } from '../../components/States.js';

const currencies = ['VND', 'USD', 'THB', 'JPY', 'EUR', 'GBP', 'SGD', 'IDR', 'PHP', 'MYR', 'AUD'];
const locales = ['en-US', 'en-GB', 'vi-VN', 'th-TH', 'ja-JP'];

function WorkspaceFields({ workspace }: { workspace: Workspace }) {
  const { t, readOnly } = useUi();
  const update = useUpdateWorkspace();
  const [draft, setDraft] = useState({
    name: workspace.name,
    currency: workspace.currency,
    timezone: workspace.timezone,
    locale: workspace.locale,
  });
  const set = (key: keyof typeof draft) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const error = update.error instanceof ApiError ? update.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const zones = Intl.supportedValuesOf('timeZone');
  const withCurrent = (options: string[], current: string) =>
    options.includes(current) ? options : [current, ...options];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(draft);
  };
  return (
    <form className="form" onSubmit={submit}>
      <fieldset disabled={readOnly || update.isPending}>
        <Field
          label={t('field_shop_name')}
          value={draft.name}
          onChange={(e) => set('name')(e.target.value)}
          error={fieldError('name')}
        />
        <SelectField
          label={t('field_currency')}
          value={draft.currency}
          onChange={set('currency')}
          options={withCurrent(currencies, draft.currency).map((code) => ({ value: code, label: code }))}
          disabled={workspace.currency_locked}
          hint={
            fieldError('currency') ??
            (workspace.currency_locked
              ? t('settings_currency_locked', { currency: workspace.currency })
              : t('settings_currency_open'))
          }
        />
        <SelectField
          label={t('field_timezone')}
          value={draft.timezone}
          onChange={set('timezone')}
          options={withCurrent(zones, draft.timezone).map((zone) => ({ value: zone, label: zone }))}
        />
        <SelectField
          label={t('field_locale')}
          value={draft.locale}
          onChange={set('locale')}
          options={withCurrent(locales, draft.locale).map((locale) => ({ value: locale, label: locale }))}
        />
        {error && !error.param && (
          <p className="form-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {update.isPending ? t('saving') : t('save')}
          </button>
          {update.isSuccess && (
            <span className="ok" role="status">
              {t('saved')}
            </span>
          )}
        </div>
      </fieldset>
    </form>
  );
}

export function WorkspaceForm() {
  const { t, workspace } = useUi();
  return (
    <Panel title={t('settings_workspace')}>{workspace && <WorkspaceFields workspace={workspace} />}</Panel>
  );
}
