// Writes docs/errors.md from the error catalogs (src/server/error-docs.ts renders it).
import fs from 'node:fs';
import { errorDocsPath, renderErrorDocs } from '../src/server/error-docs.js';

fs.writeFileSync(errorDocsPath, renderErrorDocs());
console.log(`wrote ${errorDocsPath}`);
