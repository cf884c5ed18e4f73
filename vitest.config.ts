import { defineConfig } from 'vitest/config';

// Every test runs on an embedded PostgreSQL that the run starts. When RETAIN_TEST_DATABASE_URL
// names a PostgreSQL server, the database-touching tests run a second time against it (project
// "postgres"). Pure tests are named *.unit.test.ts and run once.
const postgresUrl = process.env.RETAIN_TEST_DATABASE_URL;

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    maxWorkers: 2,
    globalSetup: ['./src/db/test-global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'embedded',
          include: [
            'src/**/*.test.ts',
            'test/**/*.test.ts',
            'bench/**/*.test.ts',
            'web/src/**/*.unit.test.ts',
          ],
          env: { RETAIN_TEST_ENGINE: 'embedded' },
        },
      },
      ...(postgresUrl
        ? [
            {
              extends: true as const,
              test: {
                name: 'postgres',
                include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
                exclude: ['**/*.unit.test.ts', '**/node_modules/**'],
                env: { RETAIN_TEST_ENGINE: 'postgres' },
              },
            },
          ]
        : []),
    ],
  },
});
