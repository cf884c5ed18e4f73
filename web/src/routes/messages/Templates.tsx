import { useState } from 'react';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { useArchiveTemplate, useTemplates } from '../../hooks/messages.js';
import { useUi } from '../../ui.js';
import { ArchiveButton } from '../loyalty/ArchiveButton.js';
import { TemplateEditor } from './TemplateEditor.js';
import { channelName } from './words.js';

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
