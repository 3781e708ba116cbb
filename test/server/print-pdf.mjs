// A test-runner server command that prints the calling test's page the way the browser's Print
// does (puppeteer's page.pdf(), which fires beforeprint/afterprint) and reads the PDF back with
// poppler-utils: { text, pages, images }. Engines the runner does not drive through puppeteer
// (WebKit over WebDriver) answer { unsupported: true } (the runner takes null for an unknown
// command), and the tests that need it skip there.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function printPdf() {
  // One print at a time: each brings its tab to the front, and a tab sent to the back by another
  // file's print waits in page.pdf() until its test times out.
  let queue = Promise.resolve();
  return {
    name: 'print-pdf',
    executeCommand({ command, payload, session }) {
      if (command !== 'print-pdf') return undefined;
      const turn = queue.then(() => print(session, payload));
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}

/** Prints the test page of `session` and reads the PDF back: { text, pages, images }. */
async function print(session, payload) {
  const page = session.browser.getPage?.(session.id);
  if (!page?.pdf) return { unsupported: true };
  const dir = await mkdtemp(join(tmpdir(), 'tin-print-'));
  try {
    const file = join(dir, 'print.pdf');
    // Test files run in parallel tabs, and Chromium will not print a background tab: wait in
    // page.pdf() until the test times out. Printing is a foreground act anyway.
    await page.bringToFront();
    const pdf = await page.pdf({ format: 'A4', margin: { top: '1cm', bottom: '1cm', left: '1cm', right: '1cm' } });
    await writeFile(file, pdf);
    // TIN_KEEP_PDF=<dir> keeps each PDF, to look at.
    if (process.env.TIN_KEEP_PDF)
      await writeFile(join(process.env.TIN_KEEP_PDF, `${payload?.name ?? Date.now()}.pdf`), pdf);
    const [{ stdout: text }, { stdout: info }, { stdout: images }] = await Promise.all([
      run('pdftotext', ['-layout', file, '-']),
      run('pdfinfo', [file]),
      run('pdfimages', ['-list', file]),
    ]);
    return {
      text,
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0),
      // Two header lines, then one line per image drawn.
      images: images.trim().split('\n').length - 2,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
