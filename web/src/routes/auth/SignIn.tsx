import { useSignIn } from '../../hooks/session.js';
import { useUi } from '../../ui.js';
import { AuthCard } from './AuthCard.js';

export function SignIn() {
  const { t } = useUi();
  const signIn = useSignIn();
  return (
    <AuthCard
      title={t('sign_in_title')}
      submitLabel={t('sign_in_submit')}
      pending={signIn.isPending}
      error={signIn.error}
      onSubmit={({ email, password }) => signIn.mutate({ email, password })}
    />
  );
}
