// The README's Trusted Types policy against the built CDN files: every policy a shipped script can
// create is allowed by the documented header (a name left out stops the widgets under Trusted
// Types), and the docs name no policy nothing creates. The browser tests load each bundle under
// that very header (test/integration/csp.test.ts, classic-tag.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cdn = join(root, 'dist/cdn');
const scripts = [
  ...readdirSync(cdn).filter((name) => name.endsWith('.js')),
  ...readdirSync(join(cdn, 'chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`),
].map((name) => ({ name, text: readFileSync(join(cdn, name), 'utf8') }));

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const documented = readme
  .match(/^Content-Security-Policy: .*\btrusted-types ([\w -]+)$/m)?.[1]
  .trim()
  .split(/\s+/);

/** Policy names each script creates: literal names, and DOMPurify's (built from a variable). */
function policiesOf(text) {
  const names = [...text.matchAll(/\.createPolicy\(\s*[`'"]([\w-]+)[`'"]/g)].map((match) => match[1]);
  // DOMPurify names its policy `dompurify` (plus an optional suffix the page sets on its script tag).
  if (/\.createPolicy\(\s*[A-Za-z_$]/.test(text) && /[`'"]dompurify[`'"]/.test(text)) names.push('dompurify');
  return names;
}

describe("README's Trusted Types policy names", () => {
  it('the README documents one Content-Security-Policy with a trusted-types list', () => {
    assert.ok(documented?.length, 'a "Content-Security-Policy: … trusted-types …" line in README.md');
  });

  const created = new Map();
  for (const { name, text } of scripts) for (const policy of policiesOf(text)) created.set(policy, name);

  it('every policy a shipped script creates is allowed', () => {
    assert.ok(created.size > 0, 'the built files create policies (is dist/cdn built?)');
    for (const [policy, file] of created)
      assert.ok(documented.includes(policy), `${policy} (${file}) is not in README.md`);
  });

  it('the README names only policies the build creates', () => {
    assert.deepEqual([...documented].sort(), [...created.keys()].sort());
  });
});
