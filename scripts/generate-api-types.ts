// Writes web/src/api/schema.d.ts, the dashboard's types of the API, from the OpenAPI document;
// `--check` writes nothing and fails when the file differs from what it would write.
import fs from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import prettier from 'prettier';
import { openApiDocument } from '../src/server/openapi-document.js';

const target = 'web/src/api/schema.d.ts';
const header = '// Generated from /v1/openapi.json by `npm run api:types`: do not edit.\n';

async function render(): Promise<string> {
  const ast = await openapiTS((await openApiDocument()) as OpenAPI3, { silent: true });
  const options = await prettier.resolveConfig(target);
  return prettier.format(header + astToString(ast), { ...options, filepath: target });
}

const fresh = await render();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== fresh) {
    console.error(`${target} is stale: the API changed since it was generated. Run npm run api:types.`);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
} else {
  fs.writeFileSync(target, fresh);
  console.log(`wrote ${target}`);
}
