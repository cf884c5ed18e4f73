import { useUi } from '../../ui.js';
import { WorkspaceForm } from './WorkspaceForm.js';
import { ApiKeys } from './ApiKeys.js';
import { Users } from './Users.js';

export function Settings() {
  const { t } = useUi();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_settings')}</h1>
      </header>
      <div className="panel-grid">
        <WorkspaceForm />
        <ApiKeys />
        <Users />
      </div>
    </div>
  );
}
