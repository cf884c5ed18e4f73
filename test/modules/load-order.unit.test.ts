import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// Modules import one another's indexes, and a cycle among them is harmless only while no module
// reads an imported value as it loads. Which one loads first depends on the entry point (the
// server, a CLI command, a benchmark), so each index is loaded first, alone, in a fresh process:
// a value read before its module finished loading throws there.

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const indexes = fs
  .readdirSync(path.join(root, 'src/modules'))
  .map((name) => `src/modules/${name}/index.ts`)
  .filter((file) => fs.existsSync(path.join(root, file)));

describe('every module index', () => {
  it.each(indexes)('%s loads first without reading a value its cycle has not set yet', async (file) => {
    const { stderr } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `await import(${JSON.stringify(`./${file}`)})`],
      { cwd: root },
    );
    expect(stderr).not.toMatch(/Error/);
  });
});
