import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Inside loyalty, ledger/ is the only writer of points entries, lots, allocations and accounts and
// of store credit: the sums the ledger checks (check.ts) hold only if nothing else moves them.
// Like ../table-owners.unit.test.ts this reads string and template literals for SQL that writes a
// ledger table, and also drizzle's `.insert(t)`, `.update(t)`, `.delete(t)` on their schema
// objects. Tests may write any table to set up a case.

const loyaltyDir = fileURLToPath(new URL('.', import.meta.url));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The ledger's tables, by SQL name and by the name of their drizzle object in schema.ts. */
function ledgerTables(): { sqlNames: Set<string>; objects: Set<string> } {
  const schema = fs.readFileSync(path.join(loyaltyDir, 'schema.ts'), 'utf8');
  const sqlNames = new Set<string>();
  const objects = new Set<string>();
  for (const [, object, table] of schema.matchAll(
    /export const (\w+) = pgTable\(\s*'((?:points|store_credit)_[a-z_]+)'/g,
  )) {
    objects.add(object!);
    sqlNames.add(table!);
  }
  return { sqlNames, objects };
}

const sqlWrite = /\b(?:insert\s+into|update|delete\s+from|truncate(?:\s+table)?)\s+"?([a-z_][a-z0-9_]*)"?/gi;

function sqlWrites(text: string, tables: Set<string>): string[] {
  return [...text.matchAll(sqlWrite)].map((m) => m[1]!.toLowerCase()).filter((t) => tables.has(t));
}

/** Every ledger table a source file writes, by SQL text or by a drizzle call. */
function writesIn(file: string, source: string, tables: ReturnType<typeof ledgerTables>): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node)) found.push(...sqlWrites(node.text, tables.sqlNames));
    else if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ? ');
      found.push(...sqlWrites(text, tables.sqlNames));
    } else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ['insert', 'update', 'delete'].includes(node.expression.name.text)
    ) {
      const target = node.arguments[0];
      const name =
        target && ts.isIdentifier(target)
          ? target.text
          : target && ts.isPropertyAccessExpression(target)
            ? target.name.text
            : null;
      if (name && tables.objects.has(name)) found.push(name);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true));
  return found;
}

describe('ledger writers', () => {
  const tables = ledgerTables();

  it('reads the ledger tables from the schema and finds their writes', () => {
    expect([...tables.sqlNames].sort()).toEqual([
      'points_accounts',
      'points_allocations',
      'points_entries',
      'points_lots',
      'store_credit_accounts',
      'store_credit_entries',
    ]);
    expect(tables.objects.has('pointsLots')).toBe(true);
    const sample = [
      'const a = sql`update points_lots set warned_at = ${at} where id = ${id}`;',
      "const b = 'select 1 from points_lots';",
      'await db.insert(pointsEntries).values(row);',
      'await tx.update(schema.storeCreditAccounts).set({});',
      'await db.delete(loyaltyTiers);',
    ].join('\n');
    expect(writesIn('sample.ts', sample, tables)).toEqual([
      'points_lots',
      'pointsEntries',
      'storeCreditAccounts',
    ]);
  });

  it('finds them written by ledger/ and nowhere else in loyalty', () => {
    const outside: string[] = [];
    let inLedger = 0;
    for (const file of filesUnder(loyaltyDir)) {
      const relative = path.relative(loyaltyDir, file);
      if (/\.test\.ts$/.test(file) || relative === 'schema.ts') continue;
      const writes = writesIn(file, fs.readFileSync(file, 'utf8'), tables);
      if (relative.startsWith(`ledger${path.sep}`)) inLedger += writes.length;
      else outside.push(...writes.map((table) => `${relative} writes ${table}`));
    }
    expect(inLedger).toBeGreaterThan(0);
    expect(outside).toEqual([]);
  });
});
