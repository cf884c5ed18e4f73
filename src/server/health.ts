import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { migrationsCurrent } from '../db/migrate.js';
import type { AppContext } from '../http/context.js';

export function registerHealth(app: FastifyInstance, ctx: AppContext): void {
  app.get('/healthz', { config: { auth: 'none' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'none' }, schema: { hide: true } }, async (_request, reply) => {
    const database = await ctx.db
      .execute(sql`select 1`)
      .then(() => true)
      .catch(() => false);
    const migrations = database && (await migrationsCurrent(ctx.database));
    const ready = database && migrations;
    return reply.status(ready ? 200 : 503).send({
      status: ready ? 'ready' : 'not_ready',
      checks: { database: database ? 'ok' : 'unreachable', migrations: migrations ? 'current' : 'pending' },
    });
  });
}
