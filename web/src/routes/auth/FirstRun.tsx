import { useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Field, SelectField } from '../../components/Field.js';
import { errorText, fieldErrorText } from '../../components/States.js';
import { useUpdateWorkspace, type Workspace } from '../../hooks/workspace.js';
import { catalogue, isLanguage, languageNames, type Language } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';

/** What a shop writing in each language most likely uses, when the browser does not say better. */
const shopOf: Record<Language, { currency: string; timezone: string; region: string }> = {
  en: { currency: 'USD', timezone: 'UTC', region: 'US' },
  vi: { currency: 'VND', timezone: 'Asia/Ho_Chi_Minh', region: 'VN' },
  th: { currency: 'THB', timezone: 'Asia/Bangkok', region: 'TH' },
  ja: { currency: 'JPY', timezone: 'Asia/Tokyo', region: 'JP' },
};

/** Currencies of English-writing regions whose browsers say where they are (en-GB, en-SG, …). */
const currencyOfRegion: Record<string, string> = {
  GB: 'GBP',
  AU: 'AUD',
  SG: 'SGD',
  MY: 'MYR',
  PH: 'PHP',
  IN: 'INR',
  CA: 'CAD',
  NZ: 'NZD',
  IE: 'EUR',
};

interface Choice {
  currency: string;
  timezone: string;
  locale: string;
}

/**
 * The browser's guess for a language: its own time zone unless it is UTC (a server's or a
 * headless browser's, no shop's), and its region when it writes that language.
 */
function guess(language: Language): Choice {
  const shop = shopOf[language];
  const browser = new Intl.Locale(navigator.language);
  const region = browser.language === language ? (browser.region ?? shop.region) : shop.region;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const realZone = zone && zone !== 'UTC' && !zone.startsWith('Etc/');
  return {
    currency: (language === 'en' ? currencyOfRegion[region] : undefined) ?? shop.currency,
    timezone: realZone ? zone : shop.timezone,
    locale: `${language}-${region}`,
  };
}

const withCurrent = (options: string[], current: string) =>
  options.includes(current) ? options : [current, ...options];

/**
 * A new shop's first sign-in: its name, currency, time zone and language, asked before an order
 * can lock the currency. Choosing a language switches the dashboard at once and keeps it on the
 * person's account.
 */
export function FirstRun({ workspace }: { workspace: Workspace }) {
  const { t, language, setLanguage } = useUi();
  const update = useUpdateWorkspace();
  const [name, setName] = useState(workspace.name);
  const [choice, setChoice] = useState<Choice>(() => guess(language));
  const [touched, setTouched] = useState<Set<keyof Choice>>(new Set());
  const currency = workspace.currency_locked ? workspace.currency : choice.currency;

  const choose = (key: keyof Choice) => (value: string) => {
    setTouched((current) => new Set(current).add(key));
    setChoice((current) => ({ ...current, [key]: value }));
  };
  const chooseLanguage = (value: string) => {
    if (!isLanguage(value)) return;
    setLanguage(value);
    // A new language brings its own suggestions for what the owner has not picked by hand.
    const suggested = guess(value);
    setChoice((current) => ({
      currency: touched.has('currency') ? current.currency : suggested.currency,
      timezone: touched.has('timezone') ? current.timezone : suggested.timezone,
      locale: suggested.locale,
    }));
  };

  const currencyNames = useMemo(() => new Intl.DisplayNames([language], { type: 'currency' }), [language]);
  const currencies = useMemo(() => Intl.supportedValuesOf('currency'), []);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const error = update.error instanceof ApiError ? update.error : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name, currency, timezone: choice.timezone, locale: choice.locale });
  };

  return (
    <div className="auth-page">
      <form className="auth-card form" onSubmit={submit} noValidate>
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app_name')}
        </div>
        <h1>{t('onboarding_title')}</h1>
        <p className="muted">{t('onboarding_intro')}</p>
        <fieldset disabled={update.isPending}>
          <SelectField
            label={t('onboarding_language')}
            value={language}
            onChange={chooseLanguage}
            options={(Object.keys(catalogue) as Language[]).map((code) => ({
              value: code,
              label: languageNames[code],
            }))}
            hint={fieldErrorText(t, error, 'locale') ?? t('onboarding_language_hint')}
          />
          <Field
            label={t('onboarding_shop_name')}
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            error={fieldErrorText(t, error, 'name')}
          />
          <SelectField
            label={t('onboarding_currency')}
            value={currency}
            onChange={choose('currency')}
            disabled={workspace.currency_locked}
            options={withCurrent(currencies, currency).map((code) => ({
              value: code,
              label: `${code} — ${currencyNames.of(code) ?? code}`,
            }))}
            hint={
              fieldErrorText(t, error, 'currency') ??
              (workspace.currency_locked
                ? t('onboarding_currency_locked', { currency })
                : t('onboarding_currency_hint'))
            }
          />
          <SelectField
            label={t('onboarding_timezone')}
            value={choice.timezone}
            onChange={choose('timezone')}
            options={withCurrent(zones, choice.timezone).map((zone) => ({ value: zone, label: zone }))}
            hint={fieldErrorText(t, error, 'timezone') ?? t('onboarding_timezone_hint')}
          />
        </fieldset>
        {error && !error.param && (
          <p className="form-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        <button type="submit" className="primary" disabled={update.isPending}>
          {update.isPending ? t('onboarding_saving') : t('onboarding_submit')}
        </button>
      </form>
    </div>
  );
}
