import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newLinkSecret, signLink, verifyLink } from './links.js';

describe('link signatures', () => {
  it('are the HMAC-SHA256 of the purpose and the parts under the secret, 128 bits in base64url', () => {
    const secret = newLinkSecret();
    const expected = crypto
      .createHmac('sha256', secret)
      .update('unsubscribe\nws_1\nmsg_1\ncus_1')
      .digest()
      .subarray(0, 16)
      .toString('base64url');
    expect(signLink(secret, 'unsubscribe', ['ws_1', 'msg_1', 'cus_1'])).toBe(expected);
  });

  it("hold under their own workspace's secret only, with secrets used one after another", () => {
    const [first, second] = [newLinkSecret(), newLinkSecret()];
    const signedFirst = signLink(first, 'click', ['ws_1', 'msg_1', 'https://shop.example/']);
    const signedSecond = signLink(second, 'click', ['ws_1', 'msg_1', 'https://shop.example/']);
    expect(signedSecond).not.toBe(signedFirst);
    expect(verifyLink(first, 'click', ['ws_1', 'msg_1', 'https://shop.example/'], signedFirst)).toBe(true);
    expect(verifyLink(second, 'click', ['ws_1', 'msg_1', 'https://shop.example/'], signedFirst)).toBe(false);
  });
});
