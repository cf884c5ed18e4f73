import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { catalogCodes, catalogEntry } from './error-catalog.js';
import { errorDocsPath } from './error-docs.js';

// Codes are literals where they are thrown (`new RetainError('code', …)`, the helpers
// invalidParameter and notFound included), so reading the sources finds every code a client can
// get. Typing RetainError's code against the catalog instead would make core import the modules.
// A code built from a template must `satisfies` its catalog's codes, which the compiler checks;
// here it stands for the codes it can spell.

const srcDir = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /(?<!\.test|\.d)\.ts$/.test(entry.name) ? [file] : [];
  });
}

type ThrownCode = string | RegExp | null;

function templatePattern(template: ts.TemplateExpression): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = template.templateSpans.map((span) => `.+${escape(span.literal.text)}`);
  return new RegExp(`^${escape(template.head.text)}${parts.join('')}$`);
}

/** The code a `new RetainError(…)` passes: a literal, a checked template, or null for anything else. */
function thrownCode(argument: ts.Expression | undefined): ThrownCode {
  if (argument && ts.isStringLiteralLike(argument)) return argument.text;
  if (argument && ts.isSatisfiesExpression(argument) && ts.isTemplateExpression(argument.expression))
    return templatePattern(argument.expression);
  return null;
}

interface ThrowSite {
  where: string;
  code: ThrownCode;
}

function extendsRetainError(node: ts.Node): boolean {
  let at: ts.Node | undefined = node.parent;
  while (at && !ts.isClassDeclaration(at)) at = at.parent;
  return (at?.heritageClauses ?? []).some((clause) =>
    clause.types.some((type) => ts.isIdentifier(type.expression) && type.expression.text === 'RetainError'),
  );
}

function throwSites(file: string): ThrowSite[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const sites: ThrowSite[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RetainError'
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      sites.push({ where: `${path.relative(srcDir, file)}:${line}`, code: thrownCode(node.arguments?.[0]) });
    }
    // A class that extends RetainError throws the code it passes to super (TemplateError, RenderError).
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.SuperKeyword &&
      extendsRetainError(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      sites.push({ where: `${path.relative(srcDir, file)}:${line}`, code: thrownCode(node.arguments[0]) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sites;
}

const sites = sourceFiles(srcDir).flatMap(throwSites);
const thrown = (code: string) =>
  sites.some((site) => (site.code instanceof RegExp ? site.code.test(code) : site.code === code));

describe('the error catalog', () => {
  it('finds the throw sites it checks', () => {
    expect(sites.length).toBeGreaterThan(50);
    expect(sites.map((site) => site.code)).toContain('insufficient_points');
  });

  it('lists every code the code throws, each thrown as a literal', () => {
    const unlisted = sites.filter(({ code }) =>
      code instanceof RegExp
        ? !catalogCodes().some((listed) => code.test(listed))
        : !code || !catalogEntry(code),
    );
    expect(unlisted).toEqual([]);
  });

  it('lists no code that nothing throws', () => {
    expect(catalogCodes().filter((code) => !thrown(code))).toEqual([]);
  });

  it('has every code in docs/errors.md', () => {
    const docs = fs.readFileSync(errorDocsPath, 'utf8');
    expect(catalogCodes().filter((code) => !docs.includes(`| \`${code}\` |`))).toEqual([]);
  });
});
