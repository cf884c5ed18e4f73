// The part of the fixture API that touches no database, server or process: data generators and
// numerical checks. Pure tests (*.unit.test.ts) import it here, so they load none of the app;
// index.ts re-exports it for every other test.
export * from './generators/bgnbd.js';
export * from './generators/shop-stream.js';
export * from './quadrature.js';
