// `npm start` (prestart) runs this: it builds the dashboard when web/dist is missing or older
// than its sources, so a fresh clone's `npm install && npm start` serves it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const builtIndex = path.join(webDir, 'dist', 'index.html');

function newestModification(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(
    stat.mtimeMs,
    ...fs.readdirSync(entry).map((name) => newestModification(path.join(entry, name))),
  );
}

const sources = ['src', 'index.html', 'vite.config.ts'].map((name) => path.join(webDir, name));
const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const viteInstalled = fs.existsSync(path.join(webDir, '..', 'node_modules', 'vite'));
if (Math.max(...sources.map(newestModification)) > builtAt && !viteInstalled) {
  // A production install (--omit=dev) has no Vite: start anyway; `/` then says how to build.
  console.warn('The dashboard is not built and Vite is not installed (npm install without --omit=dev).');
} else if (Math.max(...sources.map(newestModification)) > builtAt) {
  console.log('Building the dashboard (web/dist)…');
  const result = spawnSync('npx', ['vite', 'build', '--config', path.join(webDir, 'vite.config.ts')], {
    stdio: 'inherit',
  });
  process.exit(result.status ?? 1);
}
