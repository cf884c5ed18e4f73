import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.js';

export interface Workspace {
  object: 'workspace';
  id: string;
  name: string;
  currency: string;
  timezone: string;
  locale: string;
}

export type WorkspaceChanges = Partial<Pick<Workspace, 'name' | 'currency' | 'timezone' | 'locale'>>;

export const workspaceKeys = { workspace: ['workspace'] as const };

export function useWorkspace() {
  return useQuery({ queryKey: workspaceKeys.workspace, queryFn: () => api<Workspace>('/v1/workspace') });
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: WorkspaceChanges) =>
      api<Workspace>('/v1/workspace', { method: 'PATCH', body: changes }),
    onSuccess: (workspace) => queryClient.setQueryData(workspaceKeys.workspace, workspace),
  });
}
