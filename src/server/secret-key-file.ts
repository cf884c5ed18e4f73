// The embedded engine's data directory keeps a RETAIN_SECRET_KEY of its own, made on first start
// (0600, like the PostgreSQL password beside it), so channel credentials are encrypted at rest
// without the operator choosing a key. With DATABASE_URL the operator sets RETAIN_SECRET_KEY.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { secretKeyOf } from './config.js';

export async function embeddedSecretKey(dataDir: string): Promise<Buffer> {
  const file = path.join(dataDir, 'secret-key');
  try {
    await fs.writeFile(file, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return secretKeyOf((await fs.readFile(file, 'utf8')).trim());
}
