import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { openDashboard, useTestApp } from '../testing/index.js';

const testApp = useTestApp();

const principals = [
  'owner session',
  'admin session',
  'analyst session',
  "owner's key",
  "admin's key",
  "analyst's key",
  'publishable key',
] as const;
type Send = (options: InjectOptions) => Promise<LightMyRequestResponse>;

interface MatrixRow {
  routes: string;
  needs: string;
  allowed: boolean[];
}

/** The role matrix of users/README.md: the one declared table this test checks the hook against. */
async function readmeMatrix(): Promise<MatrixRow[]> {
  const readme = await readFile(new URL('../modules/users/README.md', import.meta.url), 'utf8');
  const section = readme.split('## Role matrix')[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| routes'));
  return rows.map((line) => {
    const cells = line.split(' | ').map((cell) => cell.replace(/^\|?\s*|\s*\|?$/g, ''));
    expect(cells).toHaveLength(2 + principals.length);
    return { routes: cells[0]!, needs: cells[1]!, allowed: cells.slice(2).map((cell) => cell === '✓') };
  });
}

interface Operation {
  'x-retain-role'?: string;
  'x-retain-session-only'?: boolean;
}

const defaultRole = (method: string) => (method === 'get' ? 'analyst' : 'admin');

function needsOf(method: string, operation: Operation): string {
  return operation['x-retain-session-only']
    ? `${operation['x-retain-role']}, session only`
    : operation['x-retain-role']!;
}

describe('the role matrix', () => {
  it('answers every operation of the OpenAPI document as the README table says, for every principal', async () => {
    const dashboard = await openDashboard(testApp());
    const admin = await dashboard.invite('admin');
    const analyst = await dashboard.invite('analyst');
    const browsers = [dashboard.owner, admin, analyst];
    const keys = [
      ...(await Promise.all(browsers.map((b) => dashboard.keyOf(b)))),
      dashboard.shop.publishableKey,
    ];
    const senders: Send[] = [
      ...browsers.map((browser) => (options: InjectOptions) => dashboard.as(browser, options)),
      ...keys.map((key) => (options: InjectOptions) => dashboard.withKey(key, options)),
    ];
    const matrix = await readmeMatrix();
    const document = (await testApp().app.inject({ url: '/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };

    const failures: string[] = [];
    let walked = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation['x-retain-role']) continue;
        walked += 1;
        const name = `${method.toUpperCase()} ${path}`;
        const needs = needsOf(method, operation);
        const row = matrix.find(
          (r) =>
            r.routes.includes(`\`${name}\``) ||
            (r.needs === needs &&
              operation['x-retain-role'] === defaultRole(method) &&
              !operation['x-retain-session-only']),
        );
        if (!row || row.needs !== needs) {
          failures.push(`${name} needs ${needs}: not in the README's matrix as such`);
          continue;
        }
        for (const [index, send] of senders.entries()) {
          const answer = await send({
            method: method.toUpperCase() as 'GET',
            url: path.replace(/\{\w+\}/g, 'x'),
            ...(method === 'get' || method === 'delete' ? {} : { payload: {} }),
          });
          const refused = answer.statusCode === 401 || answer.statusCode === 403;
          if (row.allowed[index] ? refused : answer.statusCode !== 403) {
            failures.push(
              `${name} as ${principals[index]} → ${answer.statusCode} ${answer.body.slice(0, 100)}`,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(walked).toBeGreaterThan(50);
  }, 120_000);
});
