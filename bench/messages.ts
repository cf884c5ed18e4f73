// Message delivery throughput: `npm run bench -- messages [--engine embedded|postgres|both]
// [--messages N] [--loops N]`. Emails to N customers (consent recorded, default caps and quiet
// hours on, each customer at midday in their own zone) are enqueued, then dispatchers — as many
// loops as a server runs — check consent, suppression, caps and quiet hours, render the Liquid
// of an MJML template compiled once, and deliver over pooled SMTP connections to a local server
// in a process of its own. Prints messages/s and the CPU per message of Node.js, of the
// PostgreSQL backends and of the SMTP server (the three share the machine's cores), and the load
// average at the end. Printed, not asserted.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { fixedClock } from '../src/core/clock.js';
import { newId } from '../src/core/ids.js';
import { queryRows, type Database } from '../src/db/connection.js';
import { createWorkspace } from '../src/modules/workspaces/index.js';
import { ChannelAdapters, putChannel } from '../src/modules/messages/channel-store.js';
import { Dispatcher } from '../src/modules/messages/dispatch/dispatcher.js';
import { enqueueMessages } from '../src/modules/messages/outbox.js';
import { createTemplate } from '../src/modules/messages/template-store.js';
import { backendCpuSeconds, cpuUsedSince, processCpuSeconds } from './support/cpu.js';
import {
  engineAvailable,
  enginesOf,
  flagValue,
  migratedBenchDatabase,
  type BenchEngine,
} from './support/storage.js';

const template = `<mjml><mj-body><mj-section><mj-column>
<mj-text>Xin chào {{ customer.first_name }}, cảm ơn bạn đã mua {{ order.total | money }}.</mj-text>
<mj-button href="https://shop.example/orders/{{ order.number }}">Xem đơn hàng</mj-button>
<mj-text><a href="{{ links.unsubscribe }}">Hủy đăng ký</a></mj-text>
</mj-column></mj-section></mj-body></mjml>`;

async function startSink(): Promise<{ port: number; pid: number; count(): Promise<number>; stop(): void }> {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'support', 'smtp-sink.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: ((line: string) => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n').filter(Boolean)) lines.shift()?.(line);
  });
  const next = () => new Promise<string>((resolve) => lines.push(resolve));
  const port = Number((await next()).split(' ')[1]);
  return {
    port,
    pid: child.pid!,
    count: async () => {
      const answer = next();
      child.stdin.write('count\n');
      return Number((await answer).split(' ')[1]);
    },
    stop: () => child.kill(),
  };
}

async function seed(database: Database, workspaceId: string, customers: number, at: Date): Promise<void> {
  // Customers across the seeds' markets; each one's zone is at midday at `at` (UTC 05:00: Hanoi
  // and Bangkok 12:00, Tokyo 14:00).
  await database.db.execute(sql`
    insert into customers (id, workspace_id, external_id, email, first_name, timezone, first_seen_at, last_seen_at)
    select 'cus_bench' || lpad(n::text, 8, '0'), ${workspaceId}, 'u' || n, 'c' || n || '@example.com',
           'Khách ' || n, (array['Asia/Ho_Chi_Minh', 'Asia/Bangkok', 'Asia/Tokyo'])[1 + n % 3],
           ${at}::timestamptz - interval '90 days', ${at}
    from generate_series(1, ${customers}) n`);
  await database.db.execute(sql`
    insert into message_consents (workspace_id, customer_id, channel, topic, status, source, changed_at)
    select ${workspaceId}, 'cus_bench' || lpad(n::text, 8, '0'), 'email', '', 'subscribed', 'import', ${at}
    from generate_series(1, ${customers}) n`);
  await database.db.execute(sql`analyze`);
}

async function runOnce(engine: BenchEngine, messages: number, loops: number): Promise<void> {
  const { database, remove } = await migratedBenchDatabase(engine, 'messages', loops * 3 + 4);
  const sink = await startSink();
  const key = crypto.randomBytes(32);
  const clock = fixedClock(new Date('2026-03-02T05:00:00Z'));
  const adapters = new ChannelAdapters(key);
  try {
    const workspace = await createWorkspace(database.db, {
      timezone: 'Asia/Ho_Chi_Minh',
      currency: 'VND',
      locale: 'vi-VN',
    });
    await seed(database, workspace.id, messages, clock.now());
    await putChannel(
      database.db,
      key,
      workspace.id,
      'email',
      {
        smtp_url: `smtp://127.0.0.1:${sink.port}`,
        from: 'Lan from Cà Phê Sáng <lan@shop.example>',
        max_connections: 10,
      },
      { verify: false, now: clock.now() },
    );
    const made = await createTemplate(
      database.db,
      workspace.id,
      {
        name: 'Thank you',
        channel: 'email',
        source: {
          channel: 'email',
          format: 'mjml',
          subject: 'Cảm ơn {{ customer.first_name }}',
          body: template,
        },
      },
      clock.now(),
    );
    for (let start = 1; start <= messages; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, messages - start + 1) }, (_, i) => ({
        customerId: `cus_bench${String(start + i).padStart(8, '0')}`,
        channel: 'email' as const,
        templateId: made.id,
        templateVersion: made.version,
        data: { order: { number: 1000 + start + i, total: 250_000 } },
        priority: 'triggered' as const,
        producer: { kind: 'test' as const },
        dedupeKey: newId('message'),
      }));
      await database.db.transaction((tx) => enqueueMessages(tx, workspace.id, batch, clock.now()));
    }
    const dispatcher = new Dispatcher(database.db, adapters, {
      clock,
      publicUrl: 'https://retain.shop.example',
    });
    const nodeBefore = processCpuSeconds('self');
    const sinkBefore = processCpuSeconds(sink.pid);
    const pgBefore = await backendCpuSeconds(database.db);
    const started = performance.now();
    await Promise.all(
      Array.from({ length: loops }, async () => {
        while ((await dispatcher.dispatchOnce()).claimed > 0);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const nodeCpu = processCpuSeconds('self') - nodeBefore;
    const pgCpu = cpuUsedSince(pgBefore, await backendCpuSeconds(database.db));
    const sinkCpu = processCpuSeconds(sink.pid) - sinkBefore;
    const delivered = await sink.count();
    const [row] = await queryRows<{ sent: number; total: number }>(
      database.db,
      sql`select count(*) filter (where status = 'sent')::int as sent, count(*)::int as total from messages`,
    );
    console.log(
      `${engine}: ${row!.sent} of ${row!.total} sent, ${delivered} received by the SMTP server, in ${seconds.toFixed(1)} s: ` +
        `${Math.round(row!.sent / seconds)} messages/s; CPU per message: Node.js ${Math.round((nodeCpu / row!.sent) * 1e6)} µs, ` +
        `PostgreSQL ${Math.round((pgCpu / row!.sent) * 1e6)} µs, the SMTP server ${Math.round((sinkCpu / row!.sent) * 1e6)} µs ` +
        `(${loops} dispatch loops; load ${os.loadavg()[0]!.toFixed(2)})`,
    );
  } finally {
    await adapters.close();
    sink.stop();
    await remove();
  }
}

export async function run(args: string[]): Promise<void> {
  const messages = Number(flagValue(args, 'messages', '20000'));
  const loops = Number(flagValue(args, 'loops', '4'));
  for (const engine of enginesOf(flagValue(args, 'engine', 'both'))) {
    if (await engineAvailable(engine)) await runOnce(engine, messages, loops);
  }
}
