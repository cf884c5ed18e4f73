import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, bodyOf, setCsrfToken, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

export type Session = Answer<'/auth/me', 'get'>;
export type DashboardUser = NonNullable<Session['user']>;
export type Role = DashboardUser['role'];

export const sessionKeys = {
  session: ['session'] as const,
  setup: ['session', 'setup'] as const,
};

async function fetchSession(): Promise<Session> {
  const session = await bodyOf(api.GET('/auth/me'));
  setCsrfToken(session.csrf_token);
  return session;
}

export function useSession() {
  return useQuery({ queryKey: sessionKeys.session, queryFn: fetchSession, staleTime: Infinity });
}

export function useSetup(enabled: boolean) {
  return useQuery({
    queryKey: sessionKeys.setup,
    queryFn: () => bodyOf(api.GET('/auth/setup')),
    enabled,
  });
}

/** Data cached for the previous user must not show to the next (the session query itself stays observed). */
function forgetOtherUsersData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
}

type Credentials<Path extends '/auth/sign-up-owner' | '/auth/sign-in' | '/auth/invitations/accept'> =
  paths[Path]['post']['requestBody']['content']['application/json'];

/** Sign-up, sign-in and accepting an invitation all answer a session and set the cookie. */
function useSessionMutation<Input>(post: (body: Input) => Promise<Session>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: post,
    onSuccess: (session) => {
      setCsrfToken(session.csrf_token);
      forgetOtherUsersData(queryClient);
      queryClient.setQueryData(sessionKeys.session, session);
      // Someone is signed in, so the workspace has an account: a later sign-out shows the sign-in.
      queryClient.setQueryData(sessionKeys.setup, { needs_owner: false });
    },
  });
}

export const useSignUpOwner = () =>
  useSessionMutation((body: Credentials<'/auth/sign-up-owner'>) =>
    bodyOf(api.POST('/auth/sign-up-owner', { body })),
  );
export const useSignIn = () =>
  useSessionMutation((body: Credentials<'/auth/sign-in'>) => bodyOf(api.POST('/auth/sign-in', { body })));
export const useAcceptInvitation = () =>
  useSessionMutation((body: Credentials<'/auth/invitations/accept'>) =>
    bodyOf(api.POST('/auth/invitations/accept', { body })),
  );

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => bodyOf(api.POST('/auth/sign-out')),
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

/** Keeps the signed-in person's language on their account, so every browser they sign in from follows it. */
export function useSaveLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: string) => bodyOf(api.PATCH('/auth/me', { body: { language } })),
    onSuccess: (session) => queryClient.setQueryData(sessionKeys.session, session),
  });
}
