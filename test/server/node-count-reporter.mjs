// The Node tests' (test/node/, `node --test`) totals as "N passed, M failed", the same line the
// browser runs' count-reporter.mjs writes; npm test sends it to .cache/node-test-counts.txt.
// Suites are not tests: only their tests count. A file that fails to load is reported by Node
// as one failed test, so it counts as one failure.
import { countsLine } from './count-reporter.mjs';

export default async function* nodeCountReporter(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const { type, data } of source) {
    if ((type !== 'test:pass' && type !== 'test:fail') || data.details?.type === 'suite') continue;
    if (data.skip || data.todo) totals.skipped++;
    else if (type === 'test:pass') totals.passed++;
    else totals.failed++;
  }
  yield countsLine(totals);
}
