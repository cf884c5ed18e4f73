import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, translator, type Language } from './i18n/catalogue.js';
import { createFormatter, readerLocale } from './i18n/format.js';
import { useSaveLanguage, useSession, useSetup, type DashboardUser } from './hooks/session.js';
import { useWorkspace, type Workspace } from './hooks/workspace.js';
import { UiContext, type Ui } from './ui.js';
import { usePath } from './router.js';
import { Loading, ErrorState } from './components/States.js';
import { Layout } from './components/Layout.js';
import { Setup } from './routes/auth/Setup.js';
import { FirstRun } from './routes/auth/FirstRun.js';
import { SignIn } from './routes/auth/SignIn.js';
import { AcceptInvitation } from './routes/auth/AcceptInvitation.js';
import { Overview } from './routes/overview/Overview.js';
import { Customers } from './routes/customers/Customers.js';
import { CustomerPage } from './routes/customers/CustomerPage.js';
import { LifecycleValue } from './routes/lifecycle/LifecycleValue.js';
import { Loyalty } from './routes/loyalty/Loyalty.js';
import { Settings } from './routes/settings/Settings.js';
import { Problems } from './routes/problems/Problems.js';
import { Messages } from './routes/messages/Messages.js';
import { Segments } from './routes/segments/Segments.js';
import { Journeys } from './routes/journeys/Journeys.js';

const languageStorageKey = 'retain.language';

/** The signed-in person's language, else this browser's last choice, else the workspace's, else the browser's, else English. */
function initialLanguage(
  userLanguage: string | null | undefined,
  workspaceLocale: string | undefined,
): Language {
  if (userLanguage && isLanguage(userLanguage)) return userLanguage;
  const stored = window.localStorage.getItem(languageStorageKey);
  if (stored && isLanguage(stored)) return stored;
  for (const locale of [workspaceLocale, navigator.language]) {
    const language = locale?.slice(0, 2);
    if (language && isLanguage(language)) return language;
  }
  return 'en';
}

function UiProvider(props: { workspace: Workspace | null; user: DashboardUser | null; children: ReactNode }) {
  const { workspace, user } = props;
  const [language, setLanguageState] = useState<Language>(() =>
    initialLanguage(user?.language, workspace?.locale),
  );
  const { mutate: saveLanguage } = useSaveLanguage();
  const userLanguage = user?.language;
  // Signing in on a browser that showed another language switches to the person's own.
  useEffect(() => {
    if (!userLanguage) return;
    window.localStorage.setItem(languageStorageKey, userLanguage);
    setLanguageState(userLanguage);
  }, [userLanguage]);
  // The page's language picks the font's glyphs (Japanese, not Chinese, forms of shared characters).
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const ui = useMemo<Ui>(() => {
    const setLanguage = (next: Language) => {
      window.localStorage.setItem(languageStorageKey, next);
      setLanguageState(next);
      if (user && user.language !== next) saveLanguage(next);
    };
    return {
      t: translator(language),
      fmt: createFormatter(
        readerLocale(language, workspace?.locale),
        workspace?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
        workspace?.currency ?? 'USD',
      ),
      language,
      setLanguage,
      workspace,
      user,
      readOnly: user?.role === 'analyst',
    };
  }, [language, workspace, user, saveLanguage]);
  return <UiContext.Provider value={ui}>{props.children}</UiContext.Provider>;
}

function Screen({ path }: { path: string }) {
  const customer = /^\/customers\/([^/]+)$/.exec(path);
  if (customer) return <CustomerPage id={decodeURIComponent(customer[1]!)} />;
  if (path.startsWith('/customers')) return <Customers />;
  if (path.startsWith('/lifecycle')) return <LifecycleValue />;
  if (path.startsWith('/loyalty')) return <Loyalty />;
  if (path.startsWith('/messages')) return <Messages path={path} />;
  if (path.startsWith('/segments')) return <Segments path={path} />;
  if (path.startsWith('/journeys')) return <Journeys path={path} />;
  if (path.startsWith('/settings')) return <Settings />;
  if (path.startsWith('/problems')) return <Problems />;
  return <Overview />;
}

function SignedIn({ user }: { user: DashboardUser }) {
  const path = usePath();
  const workspace = useWorkspace();
  if (workspace.isPending) return <Loading />;
  // A new shop's first sign-in: the owner chooses before an order can lock the currency.
  if (workspace.data && !workspace.data.onboarded && user.role !== 'analyst') {
    return (
      <UiProvider workspace={workspace.data} user={user}>
        <FirstRun workspace={workspace.data} />
      </UiProvider>
    );
  }
  return (
    <UiProvider workspace={workspace.data ?? null} user={user}>
      <Layout path={path}>
        {workspace.isError ? (
          <ErrorState error={workspace.error} onRetry={workspace.refetch} />
        ) : (
          <Screen path={path} />
        )}
      </Layout>
    </UiProvider>
  );
}

function SignedOut() {
  const path = usePath();
  const setup = useSetup(path !== '/accept-invitation');
  if (path === '/accept-invitation') return <AcceptInvitation />;
  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ErrorState error={setup.error} onRetry={setup.refetch} />;
  return setup.data.needs_owner ? <Setup /> : <SignIn />;
}

export function App() {
  const session = useSession();
  const user = session.data?.user ?? null;
  return (
    <UiProvider workspace={null} user={user}>
      {session.isPending ? (
        <Loading />
      ) : session.isError ? (
        <ErrorState error={session.error} onRetry={session.refetch} />
      ) : user ? (
        <SignedIn user={user} />
      ) : (
        <SignedOut />
      )}
    </UiProvider>
  );
}
