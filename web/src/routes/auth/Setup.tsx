import { useSignUpOwner } from '../../hooks/session.js';
import { useUi } from '../../ui.js';
import { AuthCard } from './AuthCard.js';

/** The first visit: the owner account, with the setup token only the server's operator has. */
export function Setup() {
  const { t } = useUi();
  const signUp = useSignUpOwner();
  return (
    <AuthCard
      title={t('setup_title')}
      intro={t('setup_intro')}
      submitLabel={t('setup_submit')}
      askSetupToken
      askName
      newPassword
      pending={signUp.isPending}
      error={signUp.error}
      onSubmit={({ setupToken, ...values }) => signUp.mutate({ ...values, setup_token: setupToken.trim() })}
    />
  );
}
