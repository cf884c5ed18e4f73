import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '../api/client.js';
import type { Role } from './session.js';

const userKeys = {
  all: ['dashboard_users'] as const,
  users: ['dashboard_users', 'users'] as const,
  invitations: ['dashboard_users', 'invitations'] as const,
};

export function useUsers() {
  return useQuery({ queryKey: userKeys.users, queryFn: () => bodyOf(api.GET('/v1/dashboard/users')) });
}

export function useInvitations() {
  return useQuery({
    queryKey: userKeys.invitations,
    queryFn: () => bodyOf(api.GET('/v1/dashboard/invitations')),
  });
}

function useUserMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

const byId = (id: string) => ({ params: { path: { id } } });

export const useInvite = () =>
  useUserMutation((body: { email: string; role: Role }) =>
    bodyOf(api.POST('/v1/dashboard/invitations', { body })),
  );

export const useRevokeInvitation = () =>
  useUserMutation((id: string) => bodyOf(api.DELETE('/v1/dashboard/invitations/{id}', byId(id))));

export const useChangeRole = () =>
  useUserMutation(({ id, role }: { id: string; role: Role }) =>
    bodyOf(api.PATCH('/v1/dashboard/users/{id}', { ...byId(id), body: { role } })),
  );

export const useRemoveUser = () =>
  useUserMutation((id: string) => bodyOf(api.DELETE('/v1/dashboard/users/{id}', byId(id))));
