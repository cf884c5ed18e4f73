/** The server settings `retain doctor` judges, as PostgreSQL shows them. */
export interface JudgedSettings {
  shared_buffers: string;
  synchronous_commit: string;
  fsync: string;
  autovacuum: string;
}

export interface EngineSizes {
  /** shared_buffers in bytes. */
  sharedBufferBytes: number;
  /** The database's size on disk in bytes. */
  databaseBytes: number;
}

/** Below this share of the database in shared buffers, lookups by customer mostly miss them. */
const smallestBufferShare = 1 / 8;

/** A database this small fits the OS cache of any server; its buffers do not matter. */
const bufferAdviceFromBytes = 1024 ** 3;

const gigabytes = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(1)} GB`;

/**
 * What an operator should change in the server's settings, one sentence each: not unhealthy
 * (retain runs), but each costs a promise or speed. The buffer rule follows PostgreSQL's guidance
 * (runtime-config-resource: 25% of a dedicated server's memory). It is general advice, not a
 * measured cure: at a million customers the segments bench fell as far behind on a copy of the
 * server with 6 GB of buffers as with 128 MB (docs/benchmarks.md, 2026-12-07, fifth).
 */
export function engineAdvice(settings: JudgedSettings, sizes: EngineSizes): string[] {
  const advice: string[] = [];
  if (settings.fsync === 'off') {
    advice.push('fsync is off: a crash of the machine can corrupt the database. Turn it on.');
  }
  if (settings.synchronous_commit === 'off') {
    advice.push(
      'synchronous_commit is off: events retain has answered for can be lost in a power cut. Turn it on.',
    );
  }
  if (settings.autovacuum === 'off') {
    advice.push(
      'autovacuum is off: journey runs, timers and consumer cursors change constantly, and without vacuum ' +
        'their dead rows and index entries pile up and every claim reads past them. Turn it on, or run VACUUM ' +
        'ANALYZE regularly.',
    );
  }
  if (
    sizes.databaseBytes >= bufferAdviceFromBytes &&
    sizes.sharedBufferBytes < sizes.databaseBytes * smallestBufferShare
  ) {
    advice.push(
      `shared_buffers (${settings.shared_buffers}) holds under an eighth of the database ` +
        `(${gigabytes(sizes.databaseBytes)}): evaluations and claims read most pages from the operating ` +
        'system. PostgreSQL suggests a quarter of a dedicated server’s memory (RETAIN_POSTGRES_SETTINGS for ' +
        'the embedded server).',
    );
  }
  return advice;
}
