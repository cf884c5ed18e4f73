import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { Role } from '../../hooks/session.js';
import {
  useChangeRole,
  useInvitations,
  useInvite,
  useRemoveUser,
  useRevokeInvitation,
  useUsers,
} from '../../hooks/users.js';
import { Field, SelectField } from '../../components/Field.js';
import { Panel } from '../../components/Panel.js';
import { errorText, QueryView } from '../../components/States.js';
import { RowAction, Table } from '../../components/Table.js';
import { useUi } from '../../ui.js';

const roles: Role[] = ['owner', 'admin', 'analyst'];

export function Users() {
  const { t, fmt, user, readOnly } = useUi();
  // Roles and removals are a signed-in owner's alone (the API refuses anyone else).
  const managesAccounts = user?.role === 'owner';
  const users = useUsers();
  const invitations = useInvitations();
  const invite = useInvite();
  const revoke = useRevokeInvitation();
  const changeRole = useChangeRole();
  const remove = useRemoveUser();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const roleOptions = roles.map((value) => ({ value, label: t(`role_${value}`) }));
  const error = [invite.error, changeRole.error, remove.error].find((e) => e instanceof ApiError) as
    ApiError | undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email, role }, { onSuccess: () => setEmail('') });
  };
  const link = invite.data ? `${window.location.origin}/accept-invitation#${invite.data.token}` : null;
  return (
    <Panel title={t('users_title')} wide>
      <QueryView query={users} what="/v1/dashboard/users">
        {(page) => (
          <Table
            rows={page.data}
            rowKey={(member) => member.id}
            columns={[
              { header: t('col_email'), cell: (member) => member.email },
              { header: t('col_name'), cell: (member) => member.name ?? t('none') },
              {
                header: t('col_role'),
                cell: (member) =>
                  !managesAccounts || member.id === user?.id ? (
                    t(`role_${member.role}`)
                  ) : (
                    <select
                      aria-label={`${t('col_role')} ${member.email}`}
                      value={member.role}
                      onChange={(e) => changeRole.mutate({ id: member.id, role: e.target.value as Role })}
                    >
                      {roleOptions.map((option) => (
                        <option key={option.value} value={option.value}>
                          {option.label}
                        </option>
                      ))}
                    </select>
                  ),
              },
              { header: t('col_created'), cell: (member) => fmt.date(member.created) },
              {
                header: t('remove'),
                action: true,
                cell: (member) =>
                  managesAccounts &&
                  member.id !== user?.id && (
                    <RowAction
                      label={t('remove')}
                      target={member.email}
                      onClick={() => remove.mutate(member.id)}
                    />
                  ),
              },
            ]}
          />
        )}
      </QueryView>
      {error && (
        <p className="form-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      {!readOnly && (
        <form className="form inline-form" onSubmit={submit}>
          <h3>{t('invite_title')}</h3>
          <div className="field-row">
            <Field
              label={t('field_email')}
              type="email"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
            <SelectField
              label={t('col_role')}
              value={role}
              onChange={(value) => setRole(value as Role)}
              options={roleOptions}
            />
            <div className="actions">
              <button type="submit" className="primary" disabled={invite.isPending}>
                {t('invite_submit')}
              </button>
            </div>
          </div>
        </form>
      )}
      {link && invite.data && (
        <div className="secret" role="status">
          <p>{t('invite_link', { email: invite.data.email })}</p>
          <code>{link}</code>
        </div>
      )}
      <QueryView query={invitations} what="/v1/dashboard/invitations">
        {(page) =>
          page.data.length > 0 && (
            <>
              <h3>{t('invitations_open')}</h3>
              <ul className="plain-list">
                {page.data.map((invitation) => (
                  <li key={invitation.id}>
                    {invitation.email} · {t(`role_${invitation.role}`)} · {t('col_expires')}{' '}
                    {fmt.date(invitation.expires)}{' '}
                    {!readOnly && (
                      <RowAction
                        label={t('revoke')}
                        target={invitation.email}
                        onClick={() => revoke.mutate(invitation.id)}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </>
          )
        }
      </QueryView>
    </Panel>
  );
}
