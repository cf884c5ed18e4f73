// Run as a child process: initialising a new PGlite directory peaks near 900 MB (PARTS.md),
// which the long-running server (or test runner) should not keep. Builds in a side directory
// and renames it into place, so a crash never leaves a half-initialised data directory.
import fs from 'node:fs';
import { openDatabase } from './connection.js';
import { migrateDatabase } from './migrate.js';

const target = process.argv[2];
if (!target) {
  process.stderr.write('usage: init-data-dir.ts <data directory>\n');
  process.exit(2);
}
const building = `${target}.building-${process.pid}`;
const database = await openDatabase({ dataDir: building });
await migrateDatabase(database);
await database.close();
try {
  fs.renameSync(building, target);
} catch {
  fs.rmSync(building, { recursive: true, force: true });
}
