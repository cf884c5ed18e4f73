// A schema change becomes a new, committed migration beside the ones already released: a data
// directory or database created by an earlier version must upgrade, never be rebuilt. drizzle-kit
// diffs the modules' schema.ts files against the last snapshot in src/db/migrations/meta.
import { execFileSync } from 'node:child_process';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:generate -- <name_in_snake_case>   (e.g. add_referrals)');
  process.exit(1);
}
execFileSync('npx', ['drizzle-kit', 'generate', '--name', name], { stdio: 'inherit' });
