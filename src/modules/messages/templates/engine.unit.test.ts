import { describe, expect, it } from 'vitest';
import type { TemplateContext } from './context.js';
import { compileTemplate, fromCompiled, renderMessage, type TemplateSource } from './engine.js';
import { RenderError, TemplateError } from './errors.js';
import { sampleContext } from './sample-context.js';

const en = { locale: 'en-US', timeZone: 'America/New_York' };

function mjmlBody(inner: string): string {
  return `<mjml><mj-body><mj-section><mj-column>${inner}</mj-column></mj-section></mj-body></mjml>`;
}

function email(body: string, extra: Partial<TemplateSource> = {}): TemplateSource {
  return { channel: 'email', subject: 'Hello {{ customer.first_name }}', body, format: 'mjml', ...extra };
}

function sms(body: string): TemplateSource {
  return { channel: 'sms', body, format: 'text' };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

async function renderText(body: string, context: TemplateContext, reader = en): Promise<string> {
  return renderMessage(await compileTemplate(sms(body)), context, reader).text!;
}

function withShop(context: TemplateContext, currency: string): TemplateContext {
  return { ...context, shop: { ...context.shop, currency } };
}

describe('compiling', () => {
  it('refuses a Liquid syntax error, naming the field and where', async () => {
    const error = await rejection(
      compileTemplate(email(mjmlBody('<mj-text>x</mj-text>'), { subject: 'Hi {{ x' })),
    );
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ code: 'template_invalid', param: 'subject' });
    expect((error as Error).message).toMatch(/line 1, column 4/);
  });

  it('refuses an unclosed block tag in the body at its line', async () => {
    const body = mjmlBody('<mj-text>\n{% if customer.first_name %}hi</mj-text>');
    const error = await rejection(compileTemplate(email(body)));
    expect(error).toMatchObject({ code: 'template_invalid', param: 'body' });
    expect((error as Error).message).toMatch(/not closed \(line 2,/);
  });

  it('refuses an unknown filter at compile time, not at send time', async () => {
    const error = await rejection(
      compileTemplate(email(mjmlBody('<mj-text>x</mj-text>'), { text_body: '{{ x | shout }}' })),
    );
    expect(error).toMatchObject({ code: 'template_invalid', param: 'text_body' });
    expect((error as Error).message).toContain('undefined filter: shout');
  });

  it('refuses invalid MJML with its line', async () => {
    const body = '<mjml><mj-body>\n<mj-section><mj-text>x</mj-text></mj-section></mj-body></mjml>';
    const error = await rejection(compileTemplate(email(body)));
    expect(error).toMatchObject({ code: 'template_invalid', param: 'body' });
    expect((error as Error).message).toMatch(/mj-text cannot be used inside mj-section.*\(line 2\)/);
  });

  it('refuses a Liquid tag MJML would silently drop', async () => {
    const body =
      '<mjml><mj-body>{% if customer.first_name %}<mj-section><mj-column><mj-text>x</mj-text></mj-column></mj-section>{% endif %}</mj-body></mjml>';
    const error = await rejection(compileTemplate(email(body)));
    expect(error).toMatchObject({ code: 'template_invalid', param: 'body' });
    expect((error as Error).message).toContain('outside mj-text or mj-raw');
  });

  it('refuses includes: templates never read files', async () => {
    const error = await rejection(compileTemplate(sms('{% include "secrets" %}')));
    expect(error).toMatchObject({ code: 'template_invalid', param: 'body' });
  });

  it('keeps Liquid inside MJML attributes and renders it', async () => {
    const body = mjmlBody(
      '<mj-button href="{{ order.url }}">Order</mj-button><mj-text><a href="{{ links.unsubscribe }}">Stop</a></mj-text>',
    );
    const compiled = await compileTemplate(email(body));
    expect(compiled.compiledHtml).toContain('href="{{ order.url }}"');
    const content = renderMessage(compiled, sampleContext('en'), en);
    expect(content.html).toContain('href="https://shop.example/orders/1001"');
    expect(content.html).toContain('href="https://hosted.example/u/tok_abc?c=1&amp;l=email"');
  });

  it('renders from the stored HTML exactly as from the compiled original', async () => {
    const source = email(
      mjmlBody('<mj-text>Hi {{ customer.first_name }}, {{ order.total | money }}</mj-text>'),
      {
        preheader: 'For {{ customer.name }}',
        sender: {
          name: 'Linh',
          address: 'linh@shop.example',
          signature: 'Founder',
          photo_url: 'https://x.example/l.jpg',
        },
      },
    );
    const compiled = await compileTemplate(source);
    const stored = JSON.parse(JSON.stringify({ html: compiled.compiledHtml })) as { html: string };
    const restored = fromCompiled(source, stored.html);
    const context = sampleContext('vi');
    const reader = { locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh' };
    expect(renderMessage(restored, context, reader)).toEqual(renderMessage(compiled, context, reader));
  });
});

describe('rendering strictly', () => {
  it('refuses an unknown variable, naming it, and returns nothing', async () => {
    const compiled = await compileTemplate(
      email(mjmlBody('<mj-text>Hi {{ customer.first_name }}</mj-text>'), {
        subject: 'Hey {{ customer.nickname }}',
      }),
    );
    const error = thrown(() => renderMessage(compiled, sampleContext('en'), en));
    expect(error).toBeInstanceOf(RenderError);
    expect(error).toMatchObject({ code: 'template_render_failed', param: 'subject' });
    expect((error as Error).message).toContain('undefined variable: customer.nickname');
  });

  it('turns a filter that refuses its value into a RenderError', async () => {
    const compiled = await compileTemplate(sms('{{ customer.email | money }}'));
    const error = thrown(() => renderMessage(compiled, sampleContext('en'), en));
    expect(error).toMatchObject({ code: 'template_render_failed', param: 'body' });
    expect((error as Error).message).toContain('money: expected an amount in minor units');
  });

  it('reads no inherited property', async () => {
    const compiled = await compileTemplate(sms('{{ customer.constructor }}'));
    expect(thrown(() => renderMessage(compiled, sampleContext('en'), en))).toBeInstanceOf(RenderError);
  });

  it('puts data at the top level without letting it shadow the context', async () => {
    const context = sampleContext('en');
    context.data = { ...context.data, customer: { first_name: 'Mallory' } };
    expect(
      await renderText('{{ coupon.code }} {{ customer.first_name }} {{ data.customer.first_name }}', context),
    ).toBe('COMEBACK10 Emma Mallory');
    expect(await renderText('{{ points_expiring.amount | points }}', context)).toBe('1,200');
  });
});

describe('formatting for the reader', () => {
  it('writes money in each locale with the currency’s own minor unit', async () => {
    const context = sampleContext('en');
    expect(
      await renderText('{{ 25000000 | money }}', withShop(context, 'VND'), {
        locale: 'vi-VN',
        timeZone: 'UTC',
      }),
    ).toBe('25.000.000\u00a0₫');
    expect(
      await renderText('{{ 125000 | money }}', withShop(context, 'THB'), {
        locale: 'th-TH',
        timeZone: 'UTC',
      }),
    ).toBe('฿1,250.00');
    expect(
      await renderText('{{ 1200 | money }}', withShop(context, 'JPY'), { locale: 'ja-JP', timeZone: 'UTC' }),
    ).toBe('￥1,200');
    expect(await renderText('{{ 1250 | money }}', withShop(context, 'USD'), en)).toBe('$12.50');
    expect(await renderText('{{ 1250 | money: "EUR" }}', withShop(context, 'USD'), en)).toBe('€12.50');
  });

  it('shows an instant on the customer’s own calendar day', async () => {
    const context = sampleContext('en');
    context.data = { at: '2026-12-06T20:00:00Z' };
    expect(await renderText('{{ at | date }}', context, { locale: 'en-US', timeZone: 'UTC' })).toBe(
      'December 6, 2026',
    );
    expect(await renderText('{{ at | date }}', context, { locale: 'en-US', timeZone: 'Asia/Tokyo' })).toBe(
      'December 7, 2026',
    );
    expect(
      await renderText('{{ at | date: "time" }}', context, { locale: 'ja-JP', timeZone: 'Asia/Tokyo' }),
    ).toBe('5:00');
  });

  it('writes the Buddhist year in Thai and keeps a birthday on its day', async () => {
    const context = sampleContext('th');
    context.data = { at: '2026-12-06T20:00:00Z' };
    const th = { locale: 'th-TH', timeZone: 'Asia/Bangkok' };
    expect(await renderText('{{ at | date }}', context, th)).toBe('7 ธันวาคม 2569');
    expect(
      await renderText('{{ customer.birthday | date: "long" }}', context, {
        locale: 'en-US',
        timeZone: 'Pacific/Honolulu',
      }),
    ).toBe('December 7, 1990');
  });

  it('groups points and numbers', async () => {
    const context = sampleContext('vi');
    const vi = { locale: 'vi-VN', timeZone: 'Asia/Ho_Chi_Minh' };
    expect(await renderText('{{ loyalty.points | points }} · {{ 1234.567 | number: 1 }}', context, vi)).toBe(
      '12.500 · 1.234,6',
    );
  });
});

describe('the email around the template', () => {
  const context = (): TemplateContext => {
    const base = sampleContext('en');
    return { ...base, customer: { ...base.customer, first_name: '<script>alert(1)</script>' } };
  };

  it('escapes customer data in the HTML body, not in the subject or text', async () => {
    const compiled = await compileTemplate(
      email(mjmlBody('<mj-text>Hi {{ customer.first_name }}</mj-text>')),
    );
    const content = renderMessage(compiled, context(), en);
    expect(content.html).toContain('Hi &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(content.html).not.toContain('<script>alert');
    expect(content.subject).toBe('Hello <script>alert(1)</script>');
    expect(content.text).toContain('Hi <script>alert(1)</script>');
  });

  it('hides the preheader at the top of the body', async () => {
    const compiled = await compileTemplate(
      email(mjmlBody('<mj-text>Body first words</mj-text>'), {
        preheader: 'Only for {{ customer.last_name }}',
      }),
    );
    const { html, preheader } = renderMessage(compiled, sampleContext('en'), en);
    expect(preheader).toBe('Only for Walker');
    const afterBody = html!.slice(html!.search(/<body[^>]*>/));
    expect(afterBody).toMatch(/^<body[^>]*><div style="display:none;[^"]*">Only for Walker/);
    expect(html!.indexOf('Only for Walker')).toBeLessThan(html!.indexOf('Body first words'));
  });

  it('appends an unsubscribe footer in the reader’s language when the body has none', async () => {
    const compiled = await compileTemplate(email(mjmlBody('<mj-text>Xin chào</mj-text>')));
    const { html, text } = renderMessage(compiled, sampleContext('vi'), {
      locale: 'vi-VN',
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    const link = 'href="https://hosted.example/u/tok_abc?c=1&amp;l=email"';
    expect(html!.split(link)).toHaveLength(2);
    expect(html).toContain('Hủy đăng ký</a>');
    expect(html!.indexOf(link)).toBeLessThan(html!.indexOf('</body>'));
    expect(text).toContain('Hủy đăng ký: https://hosted.example/u/tok_abc?c=1&l=email');
  });

  it('adds no second unsubscribe link when the template has one', async () => {
    const compiled = await compileTemplate(
      email(mjmlBody('<mj-text><a href="{{ links.unsubscribe }}">Unsubscribe here</a></mj-text>')),
    );
    const { html, text } = renderMessage(compiled, sampleContext('en'), en);
    expect(html!.split('https://hosted.example/u/tok_abc?c=1&amp;l=email')).toHaveLength(2);
    expect(html).not.toContain('Email preferences');
    expect(text).toBe('Unsubscribe here (https://hosted.example/u/tok_abc?c=1&l=email)');
  });

  it('places the sender block where the template asks, as HTML', async () => {
    const sender = {
      name: 'Linh',
      address: 'linh@shop.example',
      reply_to: 'linh+r@shop.example',
      signature: 'Founder\nCà Phê Sáng',
    };
    const compiled = await compileTemplate(
      email(mjmlBody('<mj-text>Thanks</mj-text><mj-raw>{{ sender_block }}</mj-raw>'), { sender }),
    );
    const content = renderMessage(compiled, sampleContext('en'), en);
    expect(content.html).toContain('<strong>Linh</strong><br>Founder<br>Cà Phê Sáng');
    expect(content.text).toContain('Linh\nFounder\nCà Phê Sáng');
    expect(content.from).toEqual({ name: 'Linh', address: 'linh@shop.example' });
    expect(content.replyTo).toEqual({ name: 'Linh', address: 'linh+r@shop.example' });
  });

  it('appends the sender block above the footer when the template does not place it', async () => {
    const sender = { name: 'Linh', signature: 'Founder', photo_url: 'https://x.example/linh.jpg' };
    const compiled = await compileTemplate(email(mjmlBody('<mj-text>Thanks</mj-text>'), { sender }));
    const { html } = renderMessage(compiled, sampleContext('en'), en);
    const block = html!.indexOf('src="https://x.example/linh.jpg"');
    expect(block).toBeGreaterThan(html!.indexOf('Thanks'));
    expect(block).toBeLessThan(html!.indexOf('Unsubscribe</a>'));
  });

  it('renders a plain HTML template and derives its text part', async () => {
    const compiled = await compileTemplate({
      channel: 'email',
      subject: 'Order {{ order.number }}',
      body: '<html><head><style>p{color:red}</style></head><body><h1>Thanks {{ customer.first_name }}!</h1><p>Total: {{ order.total | money }}<br><a href="{{ order.url }}">See your order</a></p></body></html>',
      format: 'html',
    });
    const content = renderMessage(compiled, sampleContext('en'), en);
    expect(content.subject).toBe('Order 1001');
    expect(content.text).toMatch(
      /^Thanks Emma!\n\nTotal: \$54\.50\nSee your order \(https:\/\/shop\.example\/orders\/1001\)\n\n/,
    );
  });
});

describe('the plain-text part derived from HTML', () => {
  it('keeps Liquid as written, markup inside its strings included', async () => {
    const compiled = await compileTemplate({
      channel: 'email',
      subject: 's',
      body: '<p>{% if customer.first_name != "<b>" %}Dear {{ customer.first_name | append: " & co" }}{% endif %}</p><p><a href="{{ links.unsubscribe }}">Stop</a></p>',
      format: 'html',
    });
    const content = renderMessage(compiled, sampleContext('en'), en);
    expect(content.text).toBe('Dear Emma & co\n\nStop (https://hosted.example/u/tok_abc?c=1&l=email)');
    expect(content.html).toContain('Dear Emma &amp; co');
  });

  it('derives from each rendered HTML when the text of the template is not Liquid any more', async () => {
    // The title goes with the head, taking the `{% if %}` and leaving its `{% endif %}` alone.
    const compiled = await compileTemplate({
      channel: 'email',
      subject: 's',
      body: '<html><head><title>{% if customer.first_name %}x</title></head><body>Hi {{ customer.first_name }}{% endif %}</body></html>',
      format: 'html',
    });
    expect(compiled.parts.textFromRenderedHtml).toBe(true);
    expect(renderMessage(compiled, sampleContext('en'), en).text).toMatch(
      /^Hi Emma\n\nYou are receiving this email/,
    );
  });
});

describe('other channels', () => {
  it('renders a push title, text and URL, and a WhatsApp template’s parameters', async () => {
    const push = await compileTemplate({
      channel: 'push',
      title: '{{ shop.name }}',
      body: '{{ loyalty.points | points }} points',
      url: '{{ order.url }}',
      format: 'text',
    });
    expect(renderMessage(push, sampleContext('en'), en)).toEqual({
      text: '12,500 points',
      title: 'Maple & Co.',
      url: 'https://shop.example/orders/1001',
    });
    const whatsapp = await compileTemplate({
      channel: 'whatsapp',
      body: 'order',
      provider_template: 'order_thanks',
      provider_language: 'en_US',
      provider_params: { '1': '{{ customer.first_name }}', '2': '{{ order.total | money }}' },
      format: 'text',
    });
    expect(renderMessage(whatsapp, sampleContext('en'), en).providerParams).toEqual({
      '1': 'Emma',
      '2': '$54.50',
    });
  });

  it('names the provider parameter that does not compile', async () => {
    const error = await rejection(
      compileTemplate({
        channel: 'zalo',
        body: 'x',
        provider_template: '123',
        provider_params: { name: '{{ x' },
        format: 'text',
      }),
    );
    expect(error).toMatchObject({ code: 'template_invalid', param: 'provider_params.name' });
  });
});
