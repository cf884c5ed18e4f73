import { useState, type FormEvent } from 'react';
import { useApiKeys, useCreateApiKey, useRevokeApiKey, type ApiKey } from '../../hooks/apiKeys.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { QueryView } from '../../components/States.js';
import { RowAction, Table } from '../../components/Table.js';
import { useUi } from '../../ui.js';

export function ApiKeys() {
  const { t, fmt, readOnly } = useUi();
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const revoke = useRevokeApiKey();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ApiKey['kind']>('secret');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, kind }, { onSuccess: () => setName('') });
  };
  return (
    <Panel title={t('api_keys_title')} wide>
      {!readOnly && (
        <form className="form inline-form" onSubmit={submit}>
          <div className="field-row">
            <Field
              label={t('api_key_name')}
              value={name}
              required
              onChange={(e) => setName(e.target.value)}
            />
            <SelectField
              label={t('api_key_kind')}
              value={kind}
              onChange={(value) => setKind(value as ApiKey['kind'])}
              options={[
                { value: 'secret', label: t('kind_secret') },
                { value: 'publishable', label: t('kind_publishable') },
              ]}
            />
            <div className="actions">
              <button type="submit" className="primary" disabled={create.isPending}>
                {t('create')}
              </button>
            </div>
          </div>
        </form>
      )}
      {create.data && (
        <div className="secret" role="status">
          <p>{t('api_key_created')}</p>
          <code data-testid="new-api-key">{create.data.key}</code>
        </div>
      )}
      <QueryView query={keys} what="/v1/api_keys">
        {(page) => (
          <Table
            rows={page.data}
            rowKey={(key) => key.id}
            rowClassName={(key) => (key.revoked ? 'revoked' : undefined)}
            columns={[
              { header: t('col_name'), cell: (key) => key.name },
              { header: t('col_key'), cell: (key) => <code>{key.redacted}</code> },
              {
                header: t('api_key_kind'),
                cell: (key) => t(key.kind === 'secret' ? 'kind_secret' : 'kind_publishable'),
              },
              { header: t('col_created'), cell: (key) => fmt.date(key.created) },
              {
                header: t('revoke'),
                action: true,
                cell: (key) =>
                  key.revoked
                    ? t('api_key_revoked')
                    : !readOnly && (
                        <RowAction
                          label={t('revoke')}
                          target={key.name}
                          onClick={() => revoke.mutate(key.id)}
                        />
                      ),
              },
            ]}
          />
        )}
      </QueryView>
    </Panel>
  );
}
