import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type List } from '../api/client.js';

export interface ApiKey {
  object: 'api_key';
  id: string;
  kind: 'secret' | 'publishable';
  name: string;
  redacted: string;
  created: string;
  revoked: string | null;
}

export const apiKeyKeys = { list: ['api_keys'] as const };

export function useApiKeys() {
  return useQuery({ queryKey: apiKeyKeys.list, queryFn: () => api<List<ApiKey>>('/v1/api_keys') });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; kind: ApiKey['kind'] }) =>
      api<ApiKey & { key: string }>('/v1/api_keys', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiKey>(`/v1/api_keys/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list }),
  });
}
