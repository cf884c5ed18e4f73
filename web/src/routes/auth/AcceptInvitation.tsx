import { useAcceptInvitation } from '../../hooks/session.js';
import { navigate } from '../../router.js';
import { useUi } from '../../ui.js';
import { AuthCard } from './AuthCard.js';

/** `/accept-invitation#<token>`: the token rides in the fragment, so it never reaches a server log. */
export function AcceptInvitation() {
  const { t, language } = useUi();
  const accept = useAcceptInvitation();
  const token = window.location.hash.slice(1);
  return (
    <AuthCard
      title={t('accept_title')}
      intro={t('accept_intro')}
      submitLabel={t('accept_submit')}
      askEmail={false}
      askName
      newPassword
      pending={accept.isPending}
      error={accept.error}
      onSubmit={({ password, name }) =>
        accept.mutate({ token, password, name, language }, { onSuccess: () => navigate('/') })
      }
    />
  );
}
