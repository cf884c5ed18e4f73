import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDashboard } from './dashboard.js';
import { registerErrorHandling } from './errors.js';

let distDir: string;
let app: FastifyInstance;

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'retain-dist-'));
  fs.mkdirSync(path.join(distDir, 'assets'));
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>retain</title>');
  fs.writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  app = Fastify();
  registerErrorHandling(app);
  app.get('/v1/workspace', async () => ({ object: 'workspace' }));
  await registerDashboard(app, distDir);
  await app.ready();
});
afterAll(async () => {
  await app.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});

describe('serving the dashboard', () => {
  it('answers index.html at / and at the dashboard’s own paths, never cached', async () => {
    for (const url of ['/', '/customers/cus_123', '/settings?tab=keys']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>retain</title>');
    }
  });

  it('serves hashed assets with a year-long immutable cache', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('console.log(1)');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the API its routes and its JSON 404s', async () => {
    expect((await app.inject({ method: 'GET', url: '/v1/workspace' })).json()).toEqual({
      object: 'workspace',
    });
    const missing = await app.inject({ method: 'GET', url: '/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('route_not_found');
    const auth = await app.inject({ method: 'GET', url: '/auth/nothing' });
    expect(auth.json().error.code).toBe('route_not_found');
  });

  it('says how to build when web/dist is missing', async () => {
    const bare = Fastify();
    await registerDashboard(bare, path.join(distDir, 'absent'));
    const response = await bare.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm run build:web');
    await bare.close();
  });
});
