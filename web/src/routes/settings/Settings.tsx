import { useUi } from '../../ui.js';
import { WorkspaceForm } from './WorkspaceForm.js';
import { ApiKeys } from './ApiKeys.js';
import { Users } from './Users.js';
import { Import } from './Import.js';

export function Settings() {
  const { t, readOnly } = useUi();
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>{t('nav_settings')}</h1>
      </header>
      <div className="panel-grid">
        <WorkspaceForm />
        {/* Analysts do not see the key list (the API refuses it). */}
        {!readOnly && <ApiKeys />}
        <Users />
        {/* Analysts may not import (the API refuses it). */}
        {!readOnly && <Import />}
      </div>
    </div>
  );
}
