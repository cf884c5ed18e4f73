import { useEffect, useRef, type ReactNode } from 'react';
import { catalogue, isLanguage, languageNames, type Language } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { useSignOut } from '../hooks/session.js';
import { Link } from '../router.js';
import { useUi } from '../ui.js';

const sections: { path: string; label: MessageKey }[] = [
  { path: '/', label: 'nav_overview' },
  { path: '/customers', label: 'nav_customers' },
  { path: '/segments', label: 'nav_segments' },
  { path: '/journeys', label: 'nav_journeys' },
  { path: '/lifecycle', label: 'nav_lifecycle' },
  { path: '/loyalty', label: 'nav_loyalty' },
  { path: '/messages', label: 'nav_messages' },
  { path: '/problems', label: 'nav_problems' },
  { path: '/settings', label: 'nav_settings' },
];

export function LanguageSwitcher() {
  const { t, language, setLanguage } = useUi();
  return (
    <label className="language">
      <span>{t('language')}</span>
      <select
        value={language}
        onChange={(event) => isLanguage(event.target.value) && setLanguage(event.target.value)}
      >
        {(Object.keys(catalogue) as Language[]).map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { t, user, workspace, readOnly } = useUi();
  const signOut = useSignOut();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  // After a client-side navigation, move focus to the new screen (as a page load would for a screen reader).
  useEffect(() => {
    if (path !== firstPath.current) main.current?.focus();
  }, [path]);
  const current = (section: string) => (section === '/' ? path === '/' : path.startsWith(section));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skip_to_content')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          {t('app_name')}
        </div>
        {workspace && <div className="workspace-name">{workspace.name}</div>}
        <nav aria-label={t('nav_main')}>
          <ul>
            {sections.map((section) => (
              <li key={section.path}>
                <Link href={section.path} aria-current={current(section.path) ? 'page' : undefined}>
                  {t(section.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="sidebar-foot">
          <LanguageSwitcher />
          {user && (
            <p className="signed-in">
              {t('signed_in_as', { email: user.email, role: t(`role_${user.role}`) })}
            </p>
          )}
          <button type="button" className="link-button" onClick={() => signOut.mutate()}>
            {t('sign_out')}
          </button>
        </div>
      </aside>
      <main id="main" tabIndex={-1} ref={main}>
        {readOnly && <p className="notice">{t('read_only_notice')}</p>}
        {children}
      </main>
    </div>
  );
}
