import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorDocsPath, renderErrorDocs } from './error-docs.js';

describe('docs/errors.md', () => {
  it('is what `npm run docs:errors` renders from the catalogs (run it after changing one)', () => {
    expect(fs.readFileSync(errorDocsPath, 'utf8')).toBe(renderErrorDocs());
  });
});
