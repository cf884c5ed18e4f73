import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../api/client.js';
import type { DashboardUser, Role } from './session.js';

export interface Invitation {
  object: 'invitation';
  id: string;
  email: string;
  role: Role;
  created: string;
  expires: string;
}

export const userKeys = {
  all: ['dashboard_users'] as const,
  users: ['dashboard_users', 'users'] as const,
  invitations: ['dashboard_users', 'invitations'] as const,
};

export function useUsers() {
  return useQuery({
    queryKey: userKeys.users,
    queryFn: () => api<List<DashboardUser>>('/v1/dashboard/users'),
  });
}

export function useInvitations() {
  return useQuery({
    queryKey: userKeys.invitations,
    queryFn: () => api<List<Invitation>>('/v1/dashboard/invitations'),
  });
}

function useUserMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export const useInvite = () =>
  useUserMutation((body: { email: string; role: Role }) =>
    api<Invitation & { token: string }>('/v1/dashboard/invitations', { method: 'POST', body }),
  );

export const useRevokeInvitation = () =>
  useUserMutation((id: string) =>
    api<void>(`/v1/dashboard/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );

export const useChangeRole = () =>
  useUserMutation(({ id, role }: { id: string; role: Role }) =>
    api<DashboardUser>(`/v1/dashboard/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: { role } }),
  );

export const useRemoveUser = () =>
  useUserMutation((id: string) =>
    api<DashboardUser>(`/v1/dashboard/users/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  );
