import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// tsx's loader, found from retain's own node_modules (not the caller's working directory).
// import.meta.resolve would do, but Vitest's module runner does not support it.
const tsxLoader = pathToFileURL(
  path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs'),
).href;

/** Node arguments that run a TypeScript entry point in a child process, wherever the current directory is. */
export function typescriptEntryArgs(script: string, args: string[] = []): string[] {
  return ['--import', tsxLoader, script, ...args];
}
