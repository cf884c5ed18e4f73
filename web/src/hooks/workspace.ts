import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';
import type { paths } from '../api/schema.js';

export type Workspace = Answer<'/v1/workspace', 'get'>;
export type WorkspaceChanges = NonNullable<
  paths['/v1/workspace']['patch']['requestBody']
>['content']['application/json'];

const workspaceKeys = { workspace: ['workspace'] as const };

export function useWorkspace() {
  return useQuery({ queryKey: workspaceKeys.workspace, queryFn: () => bodyOf(api.GET('/v1/workspace')) });
}

export function useUpdateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: WorkspaceChanges) => bodyOf(api.PATCH('/v1/workspace', { body: changes })),
    onSuccess: (workspace) => queryClient.setQueryData(workspaceKeys.workspace, workspace),
    // A refusal may come from an order that arrived meanwhile: show the currency as it now is.
    onError: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.workspace }),
  });
}
