import { useUsers } from '../../hooks/users.js';
import { useUi } from '../../ui.js';

/**
 * Who did something, as the API records it (a dashboard user's id or an API key's id; none for
 * what retain does by itself), in words: the user's name or email, "an API key", or "automatic".
 */
export function useActorName(): (actor: string | null) => string {
  const { t } = useUi();
  const users = useUsers();
  return (actor) => {
    if (actor === null) return t('customers_actor_automatic');
    const user = users.data?.data.find((one) => one.id === actor);
    if (user) return user.name ?? user.email;
    return actor.startsWith('key_') ? t('customers_actor_key') : t('customers_actor_someone');
  };
}
