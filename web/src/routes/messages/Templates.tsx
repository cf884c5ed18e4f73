import { useState, type FormEvent } from 'react';
import { SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import {
  useArchiveTemplate,
  useCopyLibraryTemplate,
  useTemplateLibrary,
  useTemplates,
} from '../../hooks/messages.js';
import { languageNames, type Language } from '../../i18n/catalogue.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from '../loyalty/ArchiveButton.js';
import { TemplateEditor } from './TemplateEditor.js';
import { channelName } from './words.js';

/** Starts from a ready-made lifecycle template (welcome, win-back…): the workspace's own copy opens in the editor. */
function FromLibrary({ onCopied }: { onCopied: (id: string) => void }) {
  const { t, language: readerLanguage } = useUi();
  const [language, setLanguage] = useState<Language>(readerLanguage);
  const library = useTemplateLibrary(language);
  const copy = useCopyLibraryTemplate();
  const [choice, setChoice] = useState('');
  const entries = library.data?.data ?? [];
  const chosen = entries.find((entry) => `${entry.key}:${entry.channel}` === choice) ?? entries[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    copy.mutate(
      { key: chosen.key, language, channel: chosen.channel as 'email' | 'sms' | 'line' },
      { onSuccess: (template) => onCopied(template.id) },
    );
  };
  return (
    <form className="form inline-form" onSubmit={submit} aria-label={t('template_library')}>
      <div className="field-row">
        <SelectField
          label={t('template_library_language')}
          value={language}
          onChange={(value) => setLanguage(value as Language)}
          options={(Object.keys(languageNames) as Language[]).map((code) => ({
            value: code,
            label: languageNames[code],
          }))}
        />
        <SelectField
          label={t('template_library')}
          value={chosen ? `${chosen.key}:${chosen.channel}` : ''}
          onChange={setChoice}
          options={entries.map((entry) => ({
            value: `${entry.key}:${entry.channel}`,
            label: `${entry.name} · ${channelName(t, entry.channel)}`,
          }))}
        />
        <button type="submit" disabled={!chosen || copy.isPending}>
          {t('template_library_use')}
        </button>
      </div>
      {copy.error !== null && (
        <p className="form-error" role="alert">
          {errorText(t, copy.error)}
        </p>
      )}
    </form>
  );
}

export function Templates() {
  const { t, fmt, readOnly } = useUi();
  const templates = useTemplates();
  const archive = useArchiveTemplate();
  // 'new', or the id of the template open in the editor.
  const [editing, setEditing] = useState<string | null>(null);
  if (editing)
    return (
      <TemplateEditor
        id={editing === 'new' ? null : editing}
        onCreated={setEditing}
        onClose={() => setEditing(null)}
      />
    );
  return (
    <Panel
      title={t('templates_title')}
      definition={t('templates_def')}
      wide
      actions={
        !readOnly && (
          <button type="button" onClick={() => setEditing('new')}>
            {t('template_new')}
          </button>
        )
      }
    >
      {!readOnly && <FromLibrary onCopied={setEditing} />}
      <QueryView query={templates} what="/v1/templates">
        {(page) =>
          page.data.length === 0 ? (
            <p className="muted">{t('templates_none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('col_name')}</th>
                  <th scope="col">{t('col_channel')}</th>
                  <th scope="col" className="num">
                    {t('col_version')}
                  </th>
                  <th scope="col">{t('col_updated')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((template) => (
                  <tr key={template.id}>
                    <td>{template.name}</td>
                    <td>{channelName(t, template.channel)}</td>
                    <td className="num">{template.version}</td>
                    <td>{fmt.dateTime(template.updated)}</td>
                    <td>
                      <div className="actions">
                        <button
                          type="button"
                          onClick={() => setEditing(template.id)}
                          aria-label={`${t(readOnly ? 'template_open' : 'edit')} ${template.name}`}
                        >
                          {t(readOnly ? 'template_open' : 'edit')}
                        </button>
                        {!readOnly && (
                          <ArchiveButton name={template.name} onArchive={() => archive.mutate(template.id)} />
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
    </Panel>
  );
}
