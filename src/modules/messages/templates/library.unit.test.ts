import { describe, expect, it } from 'vitest';
import { compileTemplate, renderMessage, requiredData, type TemplateSource } from './engine.js';
import { templateLibrary, type LibraryTemplate } from './library/index.js';
import { sampleContext } from './sample-context.js';

const languages = ['en', 'vi', 'th', 'ja'];
const sender = { name: 'Linh', address: 'linh@shop.example', signature: 'Founder' };

function sourceOf(template: LibraryTemplate): TemplateSource {
  return {
    channel: template.channel,
    body: template.body,
    format: template.format,
    sender,
    ...(template.subject !== null && { subject: template.subject }),
    ...(template.preheader !== null && { preheader: template.preheader }),
    ...(template.text_body !== null && { text_body: template.text_body }),
  };
}

function english(template: LibraryTemplate): LibraryTemplate {
  const found = templateLibrary.find(
    (candidate) =>
      candidate.language === 'en' && candidate.key === template.key && candidate.channel === template.channel,
  );
  if (!found) throw new Error(`no English ${template.key} ${template.channel}`);
  return found;
}

describe('the template library', () => {
  it('has every lifecycle message for email, SMS and LINE, the confirmation and coupon code emails, in the four languages', () => {
    expect(templateLibrary).toHaveLength((9 * 3 + 2) * languages.length);
    for (const language of languages) {
      const keys = new Set(
        templateLibrary.filter((t) => t.language === language).map((t) => `${t.key}/${t.channel}`),
      );
      expect(keys.size).toBe(29);
      expect(keys).toContain('consent_confirmation/email');
      expect(keys).toContain('coupon_code/email');
    }
  });

  it.each(
    templateLibrary.map(
      (template) => [`${template.language} ${template.key} ${template.channel}`, template] as const,
    ),
  )('%s compiles, renders in full and names the data it needs', async (_label, template) => {
    const compiled = await compileTemplate(sourceOf(template));
    expect(requiredData(compiled)).toEqual(template.requires);
    const context = sampleContext(template.language);
    const reader = { locale: context.shop.locale, timeZone: context.shop.timezone };
    const content = renderMessage(compiled, context, reader);
    const rendered = [content.subject, content.preheader, content.html, content.text].join('\n');
    expect(rendered).not.toMatch(/\{\{|\{%|undefined|NaN/);
    if (template.channel !== 'email') {
      expect(content.text).toContain(context.shop.name);
      expect(content.text!.length).toBeLessThan(320);
      return;
    }
    // The template's own footer carries the link: the engine did not have to add its footer.
    expect(compiled.compiledHtml).toContain('href="{{ links.unsubscribe }}"');
    const link = 'https://hosted.example/u/tok_abc?c=1&amp;l=email';
    expect(content.html!.split(link)).toHaveLength(2);
    expect(content.text!.split(context.links.unsubscribe)).toHaveLength(2);
    expect(content.html).toContain('<strong>Linh</strong><br>Founder');
    expect(content.html).toContain(`lang="${template.language}"`);
    if (template.key === 'consent_confirmation') {
      expect(content.html).toContain(`href="${context.links.confirm}"`);
      expect(content.text).toContain(context.links.confirm);
    }
  });

  it('is translated: no template repeats the English subject or text', () => {
    for (const template of templateLibrary.filter((t) => t.language !== 'en')) {
      const original = english(template);
      const label = `${template.language} ${template.key} ${template.channel}`;
      if (template.channel === 'email') {
        expect(template.subject, label).not.toBe(original.subject);
        expect(template.body, label).not.toContain(original.subject!);
        expect(template.text_body, label).not.toContain(original.subject!);
      } else {
        expect(template.body, label).not.toBe(original.body);
      }
    }
  });
});
