import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to the embedded PostgreSQL in ./.retain on 127.0.0.1:4280', () => {
    expect(readConfig({})).toEqual({
      databaseUrl: undefined,
      dataDir: '.retain',
      embeddedSettings: {},
      port: 4280,
      host: '127.0.0.1',
      logLevel: 'info',
      consumers: true,
      trustedProxies: [],
    });
  });

  it('lets flags win over the environment', () => {
    const config = readConfig({ PORT: '5000', HOST: '0.0.0.0', RETAIN_DATA_DIR: '/data' }, { port: '6000' });
    expect(config).toMatchObject({ port: 6000, host: '0.0.0.0', dataDir: '/data' });
  });

  it('reads the embedded server settings', () => {
    expect(
      readConfig({ RETAIN_POSTGRES_SETTINGS: 'shared_buffers=256MB, synchronous_commit=off' })
        .embeddedSettings,
    ).toEqual({ shared_buffers: '256MB', synchronous_commit: 'off' });
    expect(() => readConfig({ RETAIN_POSTGRES_SETTINGS: 'shared_buffers=1GB,fsync' })).toThrow(
      "RETAIN_POSTGRES_SETTINGS must be name=value pairs separated by commas; 'fsync' is not one.",
    );
    expect(() => readConfig({ RETAIN_POSTGRES_SETTINGS: "work_mem='64MB -c fsync=off'" })).toThrow(
      'RETAIN_POSTGRES_SETTINGS',
    );
  });

  it('names the bad setting', () => {
    expect(() => readConfig({ PORT: 'eighty' })).toThrow('PORT must be 0–65535.');
    expect(() => readConfig({}, { port: '70000' })).toThrow('--port must be 0–65535.');
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(
      'DATABASE_URL must be a postgres:// URL.',
    );
  });

  it('reads the trusted proxies as addresses and CIDRs', () => {
    expect(
      readConfig({ RETAIN_TRUSTED_PROXIES: '10.0.0.1, 192.168.0.0/16,::1,fd00::/8' }).trustedProxies,
    ).toEqual(['10.0.0.1', '192.168.0.0/16', '::1', 'fd00::/8']);
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.1/8/1', 'fd00::/129', '10.0.0.0/', '300.1.1.1']) {
      expect(() => readConfig({ RETAIN_TRUSTED_PROXIES: `10.0.0.1,${bad}` })).toThrow(
        `RETAIN_TRUSTED_PROXIES must be IP addresses or CIDRs separated by commas; '${bad}' is not one.`,
      );
    }
  });
});
