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
  /** RETAIN_SECRET_KEY: encrypts channel credentials at rest (the embedded engine keeps one in its data directory). */
  secretKey?: Buffer | undefined;
  /** RETAIN_PUBLIC_URL: where customers reach unsubscribe, preference and tracking links. */
  publicUrl?: string | undefined;
  /** RETAIN_SEND_LEASE_SECONDS: how long a send may go unanswered before the message counts as outcome_unknown. */
  sendLeaseMs?: number | undefined;
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

/**
 * 32 bytes as 64 hex digits or base64; anything else is refused by name, since a weak key would
 * silently weaken every stored credential.
 */
export function secretKeyOf(value: string): Buffer {
  const key = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length !== 32) {
    throw invalidParameter(
      'RETAIN_SECRET_KEY',
      'RETAIN_SECRET_KEY must be 32 random bytes, as 64 hex digits or base64 (openssl rand -hex 32).',
    );
  }
  return key;
}

function publicUrlOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidParameter(
      'RETAIN_PUBLIC_URL',
      'RETAIN_PUBLIC_URL must be an http(s) URL, e.g. https://retain.shop.example.',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw invalidParameter(
      'RETAIN_PUBLIC_URL',
      'RETAIN_PUBLIC_URL must be an http(s) URL, e.g. https://retain.shop.example.',
    );
  return url.toString().replace(/\/+$/, '');
}

function sendLeaseOf(value: string): number {
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 86_400)
    throw invalidParameter(
      'RETAIN_SEND_LEASE_SECONDS',
      'RETAIN_SEND_LEASE_SECONDS must be whole seconds, 1–86400.',
    );
  return seconds * 1000;
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
    secretKey: env.RETAIN_SECRET_KEY ? secretKeyOf(env.RETAIN_SECRET_KEY) : undefined,
    publicUrl: publicUrlOf(env.RETAIN_PUBLIC_URL),
    sendLeaseMs: env.RETAIN_SEND_LEASE_SECONDS ? sendLeaseOf(env.RETAIN_SEND_LEASE_SECONDS) : undefined,
  };
}
