import { isIP } from 'node:net';
import { invalidParameter } from '../core/errors.js';

/** Everything retain reads from its environment, read once at start. The README's table mirrors this. */
export interface Config {
  /** postgres://… uses that server instead of the embedded one. */
  databaseUrl: string | undefined;
  /** Where the embedded PostgreSQL keeps its data (ignored with DATABASE_URL). */
  dataDir: string;
  /** RETAIN_POSTGRES_SETTINGS: server settings the embedded PostgreSQL starts with. */
  embeddedSettings: Record<string, string>;
  port: number;
  host: string;
  logLevel: string;
  /** Run the log consumers in this process (several processes may; each consumer runs in one). */
  consumers: boolean;
  /** RETAIN_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For names the client. */
  trustedProxies: string[];
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

export const dataDirHelp = 'data directory of the embedded PostgreSQL (default RETAIN_DATA_DIR or ./.retain)';

// A server setting's name, and a value without spaces or quotes (they go on pg_ctl's command line).
const settingPattern = /^([a-z_][a-z0-9_.]*)=([A-Za-z0-9_.:+/-]+)$/;

/** `shared_buffers=256MB,max_connections=300` → settings, or an error naming the bad one. */
function embeddedSettingsOf(value: string | undefined): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const entry of (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = settingPattern.exec(entry);
    if (!match) {
      throw invalidParameter(
        'RETAIN_POSTGRES_SETTINGS',
        `RETAIN_POSTGRES_SETTINGS must be name=value pairs separated by commas; '${entry}' is not one.`,
      );
    }
    settings[match[1]!] = match[2]!;
  }
  return settings;
}

/** `10.0.0.1` or `10.0.0.0/8` (IPv6 alike): an address, with a prefix length that fits it. */
function isAddressOrCidr(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

/** `10.0.0.1, 192.168.0.0/16` → the entries, or an error naming the bad one. */
function trustedProxiesOf(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const bad = entries.find((entry) => !isAddressOrCidr(entry));
  if (bad !== undefined) {
    throw invalidParameter(
      'RETAIN_TRUSTED_PROXIES',
      `RETAIN_TRUSTED_PROXIES must be IP addresses or CIDRs separated by commas; '${bad}' is not one.`,
    );
  }
  return entries;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env, flags: ConfigFlags = {}): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw invalidParameter('DATABASE_URL', 'DATABASE_URL must be a postgres:// URL.');
  }
  return {
    databaseUrl,
    dataDir: flags.dataDir ?? env.RETAIN_DATA_DIR ?? '.retain',
    embeddedSettings: embeddedSettingsOf(env.RETAIN_POSTGRES_SETTINGS),
    port: portOf(flags.port ?? env.PORT ?? 4280, flags.port !== undefined ? '--port' : 'PORT'),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    logLevel: env.LOG_LEVEL ?? 'info',
    consumers: (env.RETAIN_CONSUMERS ?? 'on') !== 'off',
    trustedProxies: trustedProxiesOf(env.RETAIN_TRUSTED_PROXIES),
  };
}
