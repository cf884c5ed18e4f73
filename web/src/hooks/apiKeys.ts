import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf, type Answer } from '../api/client.js';

export type ApiKey = Answer<'/v1/api_keys', 'get'>['data'][number];

const apiKeyKeys = { list: ['api_keys'] as const };

export function useApiKeys() {
  return useQuery({ queryKey: apiKeyKeys.list, queryFn: () => bodyOf(api.GET('/v1/api_keys')) });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; kind: ApiKey['kind'] }) => bodyOf(api.POST('/v1/api_keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bodyOf(api.DELETE('/v1/api_keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}
