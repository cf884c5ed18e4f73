import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// DESIGN.md's Boundaries: a table belongs to the module whose schema.ts declares it, and only that
// module's SQL names it; others call its functions or take the SQL fragments its index exports.
// dependency-cruiser checks imports, not SQL text, so this reads the modules' string and template
// literals for a table named after FROM, JOIN, INTO, UPDATE, USING or TABLE. Tests (and
// src/testing) may read any table to check what the code did.

const modulesDir = fileURLToPath(new URL('.', import.meta.url));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

const moduleOf = (file: string) => path.relative(modulesDir, file).split(path.sep)[0]!;

function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const file of filesUnder(modulesDir).filter((f) => path.basename(f) === 'schema.ts')) {
    for (const [, table] of fs.readFileSync(file, 'utf8').matchAll(/pgTable\(\s*'([a-z_0-9]+)'/g)) {
      owners.set(table!, moduleOf(file));
    }
  }
  return owners;
}

/** The text of every string and template literal in a source file (a template's holes as `?`). */
function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      texts.push([node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? '));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

const namedTables = /\b(?:from|join|into|update|using|table)\s+"?([a-z_][a-z0-9_]*)"?/gi;

function foreignTables(text: string, module: string, owners: Map<string, string>): string[] {
  return [...text.matchAll(namedTables)]
    .map((match) => match[1]!.toLowerCase())
    .filter((table) => owners.has(table) && owners.get(table) !== module);
}

describe('table ownership', () => {
  const owners = tableOwners();

  it('reads the owners from the schemas', () => {
    expect(owners.get('events')).toBe('events');
    expect(owners.get('orders')).toBe('orders');
    expect(owners.get('points_entries')).toBe('loyalty');
    expect(foreignTables('select 1 from orders o join customers c on true', 'analytics', owners)).toEqual([
      'orders',
      'customers',
    ]);
    expect(foreignTables('select 1 from orders', 'orders', owners)).toEqual([]);
  });

  it("finds no table named in another module's SQL", () => {
    const found: string[] = [];
    for (const file of filesUnder(modulesDir)) {
      if (/\.test\.ts$/.test(file) || path.basename(file) === 'schema.ts') continue;
      for (const text of literalTexts(file)) {
        for (const table of foreignTables(text, moduleOf(file), owners)) {
          found.push(`${path.relative(modulesDir, file)} names ${table} (owned by ${owners.get(table)})`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
