import { useSignUpOwner } from '../../hooks/session.js';
import { useUi } from '../../ui.js';
import { AuthCard } from './AuthCard.js';

/** The first visit: the owner account. */
export function Setup() {
  const { t } = useUi();
  const signUp = useSignUpOwner();
  return (
    <AuthCard
      title={t('setup_title')}
      intro={t('setup_intro')}
      submitLabel={t('setup_submit')}
      askName
      newPassword
      pending={signUp.isPending}
      error={signUp.error}
      onSubmit={(values) => signUp.mutate(values)}
    />
  );
}
