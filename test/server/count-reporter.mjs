// Writes the run's totals as "N passed, M failed" to .cache/test-counts.txt, for .ci/run.
// A test file that failed to load (no results, but errors) counts as one failure.
import { mkdirSync, writeFileSync } from 'node:fs';

/** The line .ci/run reads (and adds up over the browser and Node runs). */
export const countsLine = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;

function count(suite, totals) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function countReporter(file = '.cache/test-counts.txt') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed;
        count(session.testResults, totals);
        if (totals.passed + totals.failed === before && !session.passed) totals.failed++;
      }
      mkdirSync('.cache', { recursive: true });
      writeFileSync(file, countsLine(totals));
    },
  };
}
