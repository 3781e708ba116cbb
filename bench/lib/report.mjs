// The report: the Markdown written between the speed markers of BENCHMARKS.md (table, how each
// figure is taken, the profiles of figures that miss their goal) and the same on the console.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fmt } from './format.mjs';
import { loadText, started } from './log.mjs';

function profileMarkdown(profiles) {
  const parts = [];
  for (const p of profiles) {
    parts.push(
      `**${p.title}**${Number.isFinite(p.hot.timedMs) ? ` — library ${fmt(p.hot.timedMs)} per run` : ''}; CPU time per run:`,
    );
    if (p.phases) {
      const names = [...new Set([...Object.keys(p.phases.lib.perRun), ...Object.keys(p.phases.base.perRun)])];
      parts.push('', '| Phase (trace, per run, inside the timed region) | Library | Baseline |', '|---|---:|---:|');
      for (const name of names)
        parts.push(`| ${name} | ${fmt(p.phases.lib.perRun[name] ?? 0)} | ${fmt(p.phases.base.perRun[name] ?? 0)} |`);
      const other = (x) => x.timedPerRun - Object.values(x.perRun).reduce((a, b) => a + b, 0);
      parts.push(
        `| Everything else: JavaScript, DOM calls, GC | ${fmt(other(p.phases.lib))} | ${fmt(other(p.phases.base))} |`,
      );
      parts.push(`| Whole timed region | ${fmt(p.phases.lib.timedPerRun)} | ${fmt(p.phases.base.timedPerRun)} |`);
    }
    parts.push('', '| Library function (by inclusive time) | Source | Self | Total |', '|---|---|---:|---:|');
    for (const row of p.hot.totalRows.slice(0, 10))
      parts.push(`| \`${row.name}\` | ${row.where} | ${fmt(row.selfMs)} | ${fmt(row.totalMs)} |`);
    parts.push(
      '',
      '| Heaviest by self time (any code; one-letter names are minified inside the published lit-html build) | Source | Self |',
      '|---|---|---:|',
    );
    for (const row of p.hot.selfRows.slice(0, 10))
      parts.push(`| \`${row.name}\` | ${row.where || 'native'} | ${fmt(row.selfMs)} |`);
    parts.push('');
  }
  return parts.join('\n');
}

function printProfile(p) {
  console.log(`\n=== Profile: ${p.title} ===`);
  console.log(
    `library timed region ${fmt(p.hot.timedMs)} per run; sampled ${fmt(p.hot.sampledMs)} per run; special: ${Object.entries(
      p.hot.special,
    )
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}`,
  );
  if (p.phases) {
    console.log('phases per run (library vs baseline):');
    const names = [...new Set([...Object.keys(p.phases.lib.perRun), ...Object.keys(p.phases.base.perRun)])];
    for (const name of names)
      console.log(
        `  ${name.padEnd(26)} ${fmt(p.phases.lib.perRun[name] ?? 0).padStart(10)} ${fmt(p.phases.base.perRun[name] ?? 0).padStart(10)}`,
      );
    const other = (x) => x.timedPerRun - Object.values(x.perRun).reduce((a, b) => a + b, 0);
    console.log(
      `  ${'JS + DOM calls + GC'.padEnd(26)} ${fmt(other(p.phases.lib)).padStart(10)} ${fmt(other(p.phases.base)).padStart(10)}`,
    );
    console.log(
      `  ${'timed region'.padEnd(26)} ${fmt(p.phases.lib.timedPerRun).padStart(10)} ${fmt(p.phases.base.timedPerRun).padStart(10)}`,
    );
  }
  console.log('library functions by inclusive time (per run):');
  for (const r of p.hot.totalRows)
    console.log(
      `  ${fmt(r.totalMs).padStart(9)} total ${fmt(r.selfMs).padStart(9)} self  ${r.name}  ${r.where}  ${r.text ? `| ${r.text.slice(0, 90)}` : ''}`,
    );
  console.log('heaviest by self time (per run):');
  for (const r of p.hot.selfRows)
    console.log(
      `  ${fmt(r.selfMs).padStart(9)} self ${fmt(r.totalMs).padStart(9)} total  ${r.name}  ${r.where || 'native'}  ${r.text ? `| ${r.text.slice(0, 90)}` : ''}`,
    );
}

export function writeBenchmarks(file, markdown) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const begin = '<!-- speed:begin -->';
  const end = '<!-- speed:end -->';
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let next;
  if (current.includes(begin) && current.includes(end)) {
    next = current.slice(0, current.indexOf(begin)) + block + current.slice(current.indexOf(end) + end.length);
  } else {
    next = `${current.trimEnd()}\n\n## Speed\n\n${block}\n`;
  }
  writeFileSync(file, next);
}

export function machineInfo(browser) {
  const cpu = os.cpus();
  return {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, ${os.type()} ${os.release()} (${os.arch()})`,
    chromium: browser.version(),
    node: process.version,
  };
}

/** The speed section: `tableText` from format.table, `notes` the figures' "how it is taken" lines. */
export function speedMarkdown({ info, tableText, notes, profiles }) {
  return [
    `_Measured by \`npm run bench\` on ${info.date}. Machine: ${info.machine}. Browser: Chromium ${info.chromium} (headless, playwright-core), Node ${info.node}._`,
    '',
    tableText,
    '',
    'How the figures are taken:',
    '',
    ...notes,
    `- Ratio = median of the per-round ratios library / baseline (variants run back to back each round), in brackets their 10th–90th percentiles. 1-minute load average during the run: ${loadText()} on ${os.cpus().length} cores — other work was running on this machine, hence the wide spreads; compare ratios, not absolute times.`,
    '',
    profiles.length
      ? "### Where the library spends the time (figures that miss their goal)\n\nCPU profile (CDP `Profiler`, 50–100 µs sampling) of the library variant, positions mapped back to `src/` through the bundles' source maps; phases from a Chromium trace of the same timed regions.\n"
      : '',
    profiles.length ? profileMarkdown(profiles) : '',
    `How to reproduce: \`npm run bench\` (builds, then runs \`node bench/run.mjs\`; set \`CHROME_PATH\` for another Chromium). Total run time here: ${((Date.now() - started) / 1000).toFixed(0)} s.`,
  ].join('\n');
}

/** Prints the table, the profiles and the machine line. */
export function printReport({ info, tableText, profiles }) {
  console.log(`\n${tableText}\n`);
  for (const p of profiles) printProfile(p);
  console.log(`\n${info.machine}; Chromium ${info.chromium}; ${info.date}; load average ${loadText()}`);
}
