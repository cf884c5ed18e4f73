import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client.js';

export type Role = 'owner' | 'admin' | 'analyst';

export interface DashboardUser {
  object: 'dashboard_user';
  id: string;
  email: string;
  name: string | null;
  role: Role;
  created: string;
}

export interface Session {
  object: 'session';
  user: DashboardUser | null;
  csrf_token: string | null;
}

export const sessionKeys = {
  session: ['session'] as const,
  setup: ['session', 'setup'] as const,
};

async function fetchSession(): Promise<Session> {
  const session = await api<Session>('/auth/me');
  setCsrfToken(session.csrf_token);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: sessionKeys.session, queryFn: fetchSession, staleTime: Infinity });
}

export function useSetup(enabled: boolean) {
  return useQuery({
    queryKey: sessionKeys.setup,
    queryFn: () => api<{ needs_owner: boolean }>('/auth/setup'),
    enabled,
  });
}

/** Data cached for the previous user must not show to the next (the session query itself stays observed). */
function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

/** Sign-up, sign-in and accepting an invitation all answer a session and set the cookie. */
function useSessionMutation<Input>(path: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Input) => api<Session>(path, { method: 'POST', body }),
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(sessionKeys.session, session);
    },
  });
}

export interface CredentialsInput {
  email: string;
  password: string;
  name?: string;
}

export const useSignUpOwner = () => useSessionMutation<CredentialsInput>('/auth/sign-up-owner');
export const useSignIn = () => useSessionMutation<CredentialsInput>('/auth/sign-in');
export const useAcceptInvitation = () =>
  useSessionMutation<{ token: string; password: string; name?: string }>('/auth/invitations/accept');

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/auth/sign-out', { method: 'POST' }),
    onSuccess: () => {
      setCsrfToken(null);
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData<Session>(sessionKeys.session, {
        object: 'session',
        user: null,
        csrf_token: null,
      });
    },
  });
}
