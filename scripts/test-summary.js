// Prints the failed tests, each with the first lines of its error, and one closing line for CI,
// `N passed, N failed, N skipped`, summed over Vitest JSON reports. The failures come last because
// CI keeps only the tail of a long log: the embedded run's failures scroll out of it behind the
// PostgreSQL run's output.
import fs from 'node:fs';
import path from 'node:path';

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
for (const file of process.argv.slice(2)) {
  if (!fs.existsSync(file)) {
    console.log(`no report at ${file}: that run did not finish`);
    totals.failed += 1;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  const run = path.basename(file, '.json');
  for (const testFile of report.testResults ?? []) {
    const where = path.relative(process.cwd(), testFile.name);
    const failed = (testFile.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failed)
      failures.push({ run, where, name: test.fullName, errors: test.failureMessages });
    // A file that failed outside its tests (a hook, an import) has no failed test to name.
    if (testFile.status === 'failed' && failed.length === 0) {
      failures.push({ run, where, name: '(the file itself)', errors: [testFile.message ?? ''] });
    }
  }
}
for (const failure of failures) {
  console.log(`FAILED ${failure.run}: ${failure.where} › ${failure.name}`);
  const lines = (failure.errors ?? []).join('\n').split('\n');
  const ours = lines
    .filter((line) => line.trim() && !/node_modules|node:|<anonymous>/.test(line))
    .slice(0, 6);
  for (const line of ours) console.log(`    ${line}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
