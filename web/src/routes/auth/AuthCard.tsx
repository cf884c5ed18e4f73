import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/client.js';
import { Field } from '../../components/Field.js';
import { errorText, fieldErrorText, RichText } from '../../components/States.js';
import { LanguageSwitcher } from '../../components/Layout.js';
import { useUi } from '../../ui.js';

export interface AuthValues {
  email: string;
  password: string;
  name: string;
  setupToken: string;
}

/** The form of the signed-out screens: email (unless known), password, optionally a name and the setup token. */
export function AuthCard(props: {
  title: string;
  intro?: ReactNode;
  submitLabel: string;
  askEmail?: boolean;
  askName?: boolean;
  askSetupToken?: boolean;
  newPassword?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (values: AuthValues) => void;
}) {
  const { t } = useUi();
  const [values, setValues] = useState<AuthValues>({ email: '', password: '', name: '', setupToken: '' });
  const set = (field: keyof AuthValues) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const error = props.error instanceof ApiError ? props.error : null;
  const fieldError = (param: string) => fieldErrorText(t, error, param);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit(values);
  };
  return (
    <div className="auth-page">
      <form className="auth-card" onSubmit={submit} noValidate>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app_name')}
        </div>
        <h1>{props.title}</h1>
        {props.intro && <p className="muted">{props.intro}</p>}
        {props.askSetupToken && (
          <Field
            label={t('field_setup_token')}
            autoComplete="off"
            spellCheck={false}
            required
            value={values.setupToken}
            onChange={set('setupToken')}
            hint={<RichText text={t('field_setup_token_hint')} />}
            error={fieldError('setup_token')}
          />
        )}
        {props.askName && (
          <Field label={t('field_name')} autoComplete="name" value={values.name} onChange={set('name')} />
        )}
        {props.askEmail !== false && (
          <Field
            label={t('field_email')}
            type="email"
            autoComplete="email"
            required
            value={values.email}
            onChange={set('email')}
            error={fieldError('email')}
          />
        )}
        <Field
          label={t('field_password')}
          type="password"
          autoComplete={props.newPassword ? 'new-password' : 'current-password'}
          required
          value={values.password}
          onChange={set('password')}
          hint={props.newPassword ? t('field_password_hint') : undefined}
          error={fieldError('password')}
        />
        {error && !error.param && (
          <p className="form-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={props.pending}>
          {props.pending ? t('loading') : props.submitLabel}
        </button>
        <LanguageSwitcher />
      </form>
    </div>
  );
}
