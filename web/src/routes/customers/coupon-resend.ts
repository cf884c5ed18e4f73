import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, bodyOf } from '../../api/client.js';

/**
 * Emails one of the customer's codes to them again. The customer's messages are read again after,
 * so the queued email shows in their messages panel at once.
 */
export function useResendCoupon(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      bodyOf(api.POST('/v1/customers/{id}/coupons/{code}/resend', { params: { path: { id, code } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['messages'] }),
  });
}
