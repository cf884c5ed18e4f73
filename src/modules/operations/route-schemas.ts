import { z } from 'zod';

const setting = z.string();

export const doctorReportSchema = z.object({
  object: z.literal('doctor_report'),
  healthy: z.boolean().describe('False when something is wrong that an operator must act on.'),
  database: z.object({
    engine: z.enum(['embedded', 'external']),
    version: z.string().describe('PostgreSQL’s own version string, e.g. "18.4".'),
    location: z
      .string()
      .describe('The data directory (embedded), or host:port/database without credentials (external).'),
    logFile: z.string().optional().describe('The embedded server’s log file.'),
    settings: z.object({
      shared_buffers: setting,
      max_connections: setting,
      synchronous_commit: setting,
      fsync: setting,
      autovacuum: setting,
    }),
    databaseBytes: z.number().describe('The database’s size on disk.'),
    advice: z
      .array(z.string())
      .describe('What the operator should change in the server’s settings, one sentence each.'),
  }),
  migrations: z.enum(['current', 'pending']),
  consumers: z.array(
    z.object({
      consumer: z.string(),
      eventsBehind: z.number().describe('Events in the log beyond the cursor, counted up to a cap.'),
      failures: z.number().describe('Events this consumer could not apply and skipped.'),
      updatedAt: z.string(),
    }),
  ),
  ledger: z.object({
    ok: z.boolean(),
    problems: z.array(z.object({ workspaceId: z.string(), customerId: z.string(), problem: z.string() })),
  }),
});
