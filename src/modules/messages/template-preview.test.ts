import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestShop, sendIdentify, useTestApp, type TestShop } from '../../testing/index.js';
import { messageTemplateVersions } from './schema.js';

const getApp = useTestApp();
const db = () => getApp().ctx.db;

const saved = {
  name: 'Welcome',
  channel: 'email',
  subject: 'Saved: hello {{ customer.first_name }}',
  body: '<mjml><mj-body><mj-section><mj-column><mj-text>Saved body for {{ customer.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>',
};

async function shopWithTemplate(): Promise<{ shop: TestShop; id: string }> {
  const shop = await createTestShop(getApp());
  await sendIdentify(
    db(),
    shop.workspace.id,
    'lan',
    { email: 'lan@example.com', first_name: 'Lan' },
    new Date(),
  );
  const created = await shop.request({ method: 'POST', url: '/v1/templates', payload: saved });
  expect(created.statusCode, created.body).toBe(201);
  return { shop, id: created.json<{ id: string }>().id };
}

const preview = (shop: TestShop, id: string, payload: Record<string, unknown>) =>
  shop.request({ method: 'POST', url: `/v1/templates/${id}/preview`, payload });

async function versions(id: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(messageTemplateVersions)
    .where(eq(messageTemplateVersions.templateId, id));
  return row!.n;
}

interface Rendered {
  channel: string;
  content: { subject: string; html: string; text: string };
}

describe('template preview', () => {
  it('renders a draft instead of the saved version, with a customer’s data, and saves nothing', async () => {
    const { shop, id } = await shopWithTemplate();
    const draft = {
      subject: 'Draft: hi {{ customer.first_name }}',
      body: '<mjml><mj-body><mj-section><mj-column><mj-text>Draft body for {{ customer.first_name }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    };
    const answer = await preview(shop, id, { customer: 'lan', draft });
    expect(answer.statusCode, answer.body).toBe(200);
    const rendered = answer.json<Rendered>();
    expect(rendered.channel).toBe('email');
    expect(rendered.content.subject).toBe('Draft: hi Lan');
    expect(rendered.content.html).toContain('Draft body for Lan');
    expect(rendered.content.html).not.toContain('Saved body');

    // The saved version is untouched, and still what a preview without a draft shows.
    expect(await versions(id)).toBe(1);
    const template = await shop.request({ method: 'GET', url: `/v1/templates/${id}` });
    expect(template.json()).toMatchObject({ version: 1, source: { subject: saved.subject } });
    const plain = (await preview(shop, id, { customer: 'lan' })).json<Rendered>();
    expect(plain.content.subject).toBe('Saved: hello Lan');
    expect(plain.content.html).toContain('Saved body for Lan');
  });

  it('keeps the saved fields a draft leaves out, as a save would', async () => {
    const { shop, id } = await shopWithTemplate();
    const answer = await preview(shop, id, { draft: { subject: 'Only the subject changed' } });
    expect(answer.statusCode, answer.body).toBe(200);
    const rendered = answer.json<Rendered>();
    expect(rendered.content.subject).toBe('Only the subject changed');
    // The sample customer's first name, in the saved body.
    expect(rendered.content.html).toMatch(/Saved body for \S+/);
    expect(await versions(id)).toBe(1);
  });

  it('checks a draft as a save checks it: refused with the field named, nothing saved', async () => {
    const { shop, id } = await shopWithTemplate();
    const broken = await preview(shop, id, {
      draft: { body: '<mjml><mj-body>{{ customer.first_name </mj-body></mjml>' },
    });
    const patched = await shop.request({
      method: 'PATCH',
      url: `/v1/templates/${id}`,
      payload: { body: '<mjml><mj-body>{{ customer.first_name </mj-body></mjml>' },
    });
    expect(broken.statusCode).toBe(patched.statusCode);
    expect(broken.json().error.code).toBe('template_invalid');
    expect(broken.json().error).toMatchObject({
      code: patched.json().error.code,
      param: patched.json().error.param,
    });

    const unknownField = await preview(shop, id, { draft: { colour: 'red' } });
    expect(unknownField.statusCode).toBe(400);
    const tooLong = await preview(shop, id, { draft: { subject: 'x'.repeat(501) } });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.param).toBe('draft.subject');
    expect(await versions(id)).toBe(1);
  });
});
