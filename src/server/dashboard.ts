import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` writes the dashboard. */
const dashboardDistDir = fileURLToPath(new URL('../../web/dist', import.meta.url));

// Paths the SPA must never swallow: the API, its docs and the account endpoints answer their own
// 404s (in the API's error shape) instead of the dashboard's index.html.
const serverPrefixes = ['/v1/', '/m/', '/docs', '/auth/', '/healthz', '/readyz'];

const notBuiltPage = `<!doctype html><meta charset="utf-8"><title>retain</title>
<p>The dashboard is not built. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it).</p>`;

/**
 * Serves the built dashboard at `/`: hashed assets with a long cache, and index.html for every
 * other GET that is not an API path, so the dashboard's own routes (/customers/cus_…) load on refresh.
 */
export async function registerDashboard(app: FastifyInstance, distDir = dashboardDistDir): Promise<void> {
  const built = fs.existsSync(path.join(distDir, 'index.html'));
  if (!built) {
    app.get('/', { config: { auth: 'none' }, schema: { hide: true } }, async (_request, reply) =>
      reply.status(503).type('text/html').send(notBuiltPage),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    index: false,
    setHeaders: (reply, filePath) => {
      const hashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      reply.header('cache-control', hashedAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { auth: 'none' }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = request.url.split('?')[0]!;
    if (serverPrefixes.some((prefix) => urlPath.startsWith(prefix))) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
  app.get('/', { config: { auth: 'none' }, schema: { hide: true } }, async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  });
}
