// Runs the database tests against PostgreSQL in a fresh database, created here and dropped after.
// Server: RETAIN_TEST_POSTGRES_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres).
import { spawn } from 'node:child_process';
import pg from 'pg';

const adminUrl = process.env.RETAIN_TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `retain_test_${process.pid}_${Date.now()}`;
const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${name}`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
const tests = spawn('npx', ['vitest', 'run', '--project', 'postgres', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, RETAIN_TEST_DATABASE_URL: url.toString() },
});
// Stopped (a CI timeout, Ctrl-C), the run still drops its database: the tests are told to stop and
// the drop below waits for them. Killed runs left their databases on the server before.
const stop = (signal) => tests.kill(signal);
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
const status = await new Promise((resolve) => tests.on('exit', (code) => resolve(code ?? 1)));

const cleanup = new pg.Client({ connectionString: adminUrl });
await cleanup.connect();
await cleanup.query(`drop database if exists ${name} with (force)`);
await cleanup.end();
process.exit(status);
