import { invalidParameter } from '../core/errors.js';

/** Everything retain reads from its environment, read once at start. The README's table mirrors this. */
export interface Config {
  /** postgres://… switches from the embedded PGlite to PostgreSQL. */
  databaseUrl: string | undefined;
  /** PGlite data directory (ignored with DATABASE_URL). */
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  /** Run the log consumers in this process (several processes may; each consumer runs in one). */
  consumers: boolean;
}

export interface ConfigFlags {
  port?: string | number | undefined;
  host?: string | undefined;
  dataDir?: string | undefined;
}

function portOf(value: string | number, name: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw invalidParameter(name, `${name} must be 0–65535.`);
  return port;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw invalidParameter('DATABASE_URL', 'DATABASE_URL must be a postgres:// URL.');
  }
  return {
    databaseUrl,
    dataDir: flags.dataDir ?? env.RETAIN_DATA_DIR ?? '.retain',
    port: portOf(flags.port ?? env.PORT ?? 4280, flags.port !== undefined ? '--port' : 'PORT'),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    consumers: (env.RETAIN_CONSUMERS ?? 'on') !== 'off',
  };
}
