// The walls of DESIGN.md ("Modules", "Boundaries"), checked by `npm run check` (npm run boundaries).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, type-only imports included: a cycle is a wall missing somewhere.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'modules-meet-through-index',
      comment:
        "A module imports another only through that module's index.ts (sub-folders of a module are inside it).",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/[^/]+/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'sub-folders-meet-through-index',
      comment:
        "Inside a module, a file reaches another sub-folder (loyalty/ledger, analytics/scoring, ...) only through that sub-folder's index.ts, which says what it offers.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/([^/]+)' },
      to: {
        path: '^src/modules/$1/[^/]+/',
        pathNot: ['^src/modules/$1/$2/', '^src/modules/$1/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'index-exports-no-routes',
      comment:
        "A module's index exports its domain, never its routes: the server registers each routes.ts itself.",
      severity: 'error',
      from: { path: '^src/modules/.+/index\\.ts$' },
      to: { path: '(^|/)routes\\.ts$' },
    },
    {
      name: 'domain-without-http',
      comment: 'Domain code is plain functions over plain data: only routes and their schemas see Fastify.',
      severity: 'error',
      from: {
        path: '^src/modules/',
        pathNot: ['(^|/|-)routes\\.ts$', '(^|/)route-[^/]+\\.ts$', '\\.test\\.ts$'],
      },
      to: { path: '^(node_modules/)?(fastify|@fastify/|fastify-type-provider-zod)|^src/server/' },
    },
    {
      name: 'tests-do-not-import-bench',
      comment:
        'Test support lives in src/testing (its README): benchmarks may import it, tests never import a benchmark.',
      severity: 'error',
      from: { path: '^(src|test)/' },
      to: { path: '^bench/' },
    },
    {
      name: 'production-code-imports-no-test-support',
      comment: 'Only tests and src/testing itself import test support (src/testing, src/db/test-helpers.ts).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/testing/', '\\.test\\.ts$'] },
      to: { path: ['^src/testing/', '^src/db/test-helpers\\.ts$'] },
    },
    {
      name: 'http-is-a-leaf',
      comment: 'The HTTP helpers routes share import no module, so every module can import them.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^src/(modules|server)/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|web/dist)' },
  },
};
