import { describe, expect, it } from 'vitest';
import { createTestShop, useTestApp } from '../testing/index.js';

// What a developer trying the API first gets wrong, answered in words that say what to do.
describe('errors a developer can act on', () => {
  const testApp = useTestApp();

  it('says the body must be a JSON object, and which field must be a number', async () => {
    const shop = await createTestShop(testApp(), { currency: 'VND' });
    const nullBody = await shop.request({
      method: 'POST',
      url: '/v1/coupons/validate',
      headers: { 'content-type': 'application/json' },
      payload: 'null',
    });
    expect(nullBody.statusCode).toBe(400);
    expect(nullBody.json().error).toEqual({
      type: 'invalid_request_error',
      code: 'parameter_invalid',
      message: 'body must be a JSON object, not null',
      param: 'body',
    });
    const textTotal = await shop.request({
      method: 'POST',
      url: '/v1/coupons/validate',
      payload: { code: 'TET2027', order_total: '1.234.000' },
    });
    expect(textTotal.statusCode).toBe(400);
    expect(textTotal.json().error).toMatchObject({
      message: 'order_total must be a number, not text',
      param: 'order_total',
    });
    const missing = await shop.request({ method: 'POST', url: '/v1/coupons/validate', payload: {} });
    expect(missing.json().error).toMatchObject({ message: 'code is required', param: 'code' });
  });

  it('answers a key sent without Bearer with 401 saying to add it, secret or publishable, naming no key', async () => {
    const shop = await createTestShop(testApp());
    const bareSecret = await testApp().app.inject({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: shop.secretKey },
    });
    expect(bareSecret.statusCode).toBe(401);
    expect(bareSecret.json().error).toEqual({
      type: 'authentication_error',
      code: 'authorization_scheme_missing',
      message:
        'The Authorization header has the key but not its scheme: add "Bearer " before it, as in `Authorization: Bearer sk_…`.',
    });
    const barePublishable = await testApp().app.inject({
      method: 'POST',
      url: '/v1/track',
      headers: { authorization: shop.publishableKey },
      payload: { userId: 'user_8841', event: 'Product Viewed' },
    });
    expect(barePublishable.statusCode).toBe(401);
    expect(barePublishable.json().error.code).toBe('authorization_scheme_missing');
    expect(barePublishable.json().error.message).toContain(
      'add "Bearer " before it, as in `Authorization: Bearer pk_…`',
    );
    expect(barePublishable.body).not.toContain(shop.publishableKey);
    const withBearer = await testApp().app.inject({
      method: 'GET',
      url: '/v1/customers',
      headers: { authorization: `Bearer ${shop.secretKey}` },
    });
    expect(withBearer.statusCode).toBe(200);
  });
});
