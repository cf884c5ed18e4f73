// Runs the database tests against PostgreSQL in a fresh database, created here and dropped after.
// Server: RETAIN_TEST_POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const adminUrl = process.env.RETAIN_TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `retain_test_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
const result = spawnSync('npx', ['vitest', 'run', '--project', 'postgres', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RETAIN_TEST_DATABASE_URL: url.toString() },
});

const cleanup = new pg.Client({ connectionString: adminUrl });
await cleanup.connect();
await cleanup.query(`drop database if exists ${name} with (force)`);
await cleanup.end();
process.exit(result.status ?? 1);
