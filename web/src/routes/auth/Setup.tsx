import { useSignUpOwner } from '../../hooks/session.js';
import { useUi } from '../../ui.js';
import { AuthCard } from './AuthCard.js';

/** The first visit: the owner account, with the setup token only the server's operator has. */
export function Setup() {
  const { t, language } = useUi();
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
      onSubmit={({ setupToken, ...values }) =>
        // The language shown while signing up becomes the account's, on every later sign-in.
        signUp.mutate({ ...values, language, setup_token: setupToken.trim() })
      }
    />
  );
}
