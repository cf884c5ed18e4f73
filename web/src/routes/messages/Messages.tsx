import type { MessageKey } from '../../i18n/catalogue.js';
import { Link } from '../../router.js';
import { useUi } from '../../ui.js';
import { Broadcasts } from './Broadcasts.js';
import { Channels } from './Channels.js';
import { DeliveryOverview } from './DeliveryOverview.js';
import { MessagingSettingsForm } from './MessagingSettingsForm.js';
import { Outbox } from './Outbox.js';
import { Suppressions } from './Suppressions.js';
import { Templates } from './Templates.js';
import './messages.css';

const tabs: { path: string; label: MessageKey }[] = [
  { path: '/messages', label: 'messages_tab_overview' },
  { path: '/messages/channels', label: 'messages_tab_channels' },
  { path: '/messages/templates', label: 'messages_tab_templates' },
  { path: '/messages/broadcasts', label: 'messages_tab_broadcasts' },
  { path: '/messages/suppressions', label: 'messages_tab_suppressions' },
  { path: '/messages/outbox', label: 'messages_tab_outbox' },
  { path: '/messages/settings', label: 'messages_tab_settings' },
];

function Tab({ path }: { path: string }) {
  if (path.startsWith('/messages/channels')) return <Channels />;
  if (path.startsWith('/messages/templates')) return <Templates />;
  if (path.startsWith('/messages/broadcasts')) return <Broadcasts path={path} />;
  if (path.startsWith('/messages/suppressions')) return <Suppressions />;
  if (path.startsWith('/messages/outbox')) return <Outbox />;
  if (path.startsWith('/messages/settings')) return <MessagingSettingsForm />;
  return <DeliveryOverview />;
}

/** Messages: the delivery overview, channels, templates, the development outbox and pacing settings. */
export function Messages({ path }: { path: string }) {
  const { t } = useUi();
  const current = tabs.findLast((tab) => path.startsWith(tab.path))?.path ?? '/messages';
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_messages')}</h1>
      </header>
      <nav className="message-tabs" aria-label={t('messages_sections')}>
        <ul>
          {tabs.map((tab) => (
            <li key={tab.path}>
              <Link href={tab.path} aria-current={tab.path === current ? 'page' : undefined}>
                {t(tab.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Tab path={path} />
    </div>
  );
}
