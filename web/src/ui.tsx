import { createContext, useContext } from 'react';
import type { Language, Translate } from './i18n/catalogue.js';
import type { Formatter } from './i18n/format.js';
import type { Workspace } from './hooks/workspace.js';
import type { DashboardUser } from './hooks/session.js';

/** What every screen needs: messages, formats of the workspace, who is signed in. */
export interface Ui {
  t: Translate;
  fmt: Formatter;
  language: Language;
  setLanguage: (language: Language) => void;
  workspace: Workspace | null;
  user: DashboardUser | null;
  readOnly: boolean;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('useUi outside UiContext');
  return ui;
}
