import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

function collected(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}

describe('a progress bar off a terminal', () => {
  it('prints plain lines with the percentage, each once, without bar characters or escapes', () => {
    const stream = new PassThrough();
    const output = collected(stream);
    const bar = progressBar('living     |{bar}| {value}/{total} weeks · {date}', stream);
    bar.start(8, 0, { date: '2025-01-03' });
    bar.update(2, { date: '2025-01-17' });
    bar.render();
    bar.render();
    bar.update(8, { date: '2025-02-21' });
    bar.stop();
    expect(output().split('\n')).toEqual([
      'living     0% · 0/8 weeks · 2025-01-03',
      'living     25% · 2/8 weeks · 2025-01-17',
      'living     100% · 8/8 weeks · 2025-02-21',
      '',
    ]);
  });

  it('keeps a format that names its percentage as it is', () => {
    const stream = new PassThrough();
    const output = collected(stream);
    const bar = progressBar('copying    |{bar}| {percentage}% · {rows} rows', stream);
    bar.start(4, 0, { rows: 0 });
    bar.update(4, { rows: 120 });
    bar.stop();
    expect(output()).toContain('copying    100% · 120 rows\n');
    expect(output()).not.toMatch(/[░█]/);
    expect(output()).not.toContain(String.fromCharCode(27));
  });
});
