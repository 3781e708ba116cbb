// docs/api.md (scripts/api-docs.mjs) against custom-elements.json: every public attribute,
// property, method, event, slot, CSS part and CSS custom property of every element is listed in
// that element's section; internals and test hooks are not public; module paths are shipped files.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const docs = readFileSync(new URL('docs/api.md', root), 'utf8');
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.tagName));
const isPublic = (member) => (member.privacy ?? 'public') === 'public' && !member.static;

/** The part of docs/api.md about one element. */
const sectionOf = (tag) => docs.split(/^## /m).find((part) => part.startsWith(`\`<${tag}>\``)) ?? '';

describe('docs/api.md and the manifest', () => {
  it('describes the four elements', () => {
    assert.deepEqual(elements.map((element) => element.tagName).sort(), [
      'tin-article',
      'tin-card',
      'tin-feed',
      'tin-list',
    ]);
  });

  for (const element of elements) {
    it(`lists everything public of <${element.tagName}>`, () => {
      const section = sectionOf(element.tagName);
      const names = [
        ...(element.members ?? []).filter(isPublic).map((m) => (m.kind === 'method' ? `${m.name}()` : m.name)),
        ...(element.attributes ?? []).map((a) => a.name),
        ...(element.events ?? []).map((e) => e.name),
        ...(element.slots ?? []).filter((s) => s.name).map((s) => s.name),
        ...(element.cssParts ?? []).map((p) => p.name),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ];
      assert.ok(names.length > 30, `<${element.tagName}> has ${names.length} public names`);
      const missing = names.filter((name) => !section.includes(`| \`${name}\` |`));
      assert.deepEqual(missing, [], `missing from the <${element.tagName}> section of docs/api.md`);
    });
  }

  it('keeps internals and test hooks out of the public API', () => {
    const tinFeed = elements.find((element) => element.tagName === 'tin-feed');
    assert.ok(tinFeed);
    assert.ok(!tinFeed.members.some((member) => member.name === 'loadArticleView'));
    const typings = readFileSync(new URL('dist/elements/tin-feed/tin-feed.d.ts', root), 'utf8');
    assert.doesNotMatch(typings, /loadArticleView/);
    for (const element of elements)
      for (const member of element.members ?? [])
        if (['source', 'locale', 'chunksNeeded', 'getUpdateComplete'].includes(member.name))
          assert.notEqual(member.privacy ?? 'public', 'public', `${element.tagName}.${member.name}`);
    // In the tables of members (a CSS part may be called `source`: the feed an item came from).
    const members = docs
      .split(/^### /m)
      .filter((section) => /^(Properties and attributes|Methods)\n/.test(section))
      .join('\n');
    assert.ok(members.includes('| `src` |'), 'the member tables were found');
    assert.doesNotMatch(members, /`(source|locale|chunksNeeded|loadArticleView)`/);
  });

  it('names only shipped files as module paths', () => {
    const paths = new Set();
    const walk = (node) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node))
          if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
          else walk(value);
    };
    walk(manifest.modules);
    const wrong = [...paths].filter(
      (path) => !path.startsWith('dist/') || !path.endsWith('.js') || !existsSync(new URL(path, root)),
    );
    assert.deepEqual(wrong, []);
  });
});
