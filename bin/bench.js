#!/usr/bin/env node
// `npm run bench -- <name> [args…]` runs `run(args)` exported by bench/<name>.ts, through tsx
// like the `retain` command, so benchmarks need no build.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const benchDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bench');
const [name, ...args] = process.argv.slice(2);
const file = name ? path.join(benchDir, `${name}.ts`) : '';
if (!name || !/^[\w-]+$/.test(name) || !fs.existsSync(file)) {
  const available = fs
    .readdirSync(benchDir)
    .filter((entry) => entry.endsWith('.ts') && !entry.endsWith('.test.ts'))
    .map((entry) => entry.slice(0, -3));
  console.error(`usage: npm run bench -- <name> [args]\navailable: ${available.join(', ')}`);
  process.exit(1);
}
const bench = await import(pathToFileURL(file).href);
if (typeof bench.run !== 'function') {
  console.error(`bench/${name}.ts exports no run(args) function`);
  process.exit(1);
}
await bench.run(args);
