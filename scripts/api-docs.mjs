#!/usr/bin/env node
// Generates docs/api.md from custom-elements.json, so the reference never drifts from the code.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const esc = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text === undefined || text === '' ? '' : `\`${esc(text).replace(/`/g, "'")}\``);
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `|${head.map(() => '---').join('|')}|`,
        ...rows.map((r) => `| ${r.join(' | ')} |`),
        '',
      ].join('\n')
    : '';

const out = [
  '# API reference',
  '',
  '_Generated from `custom-elements.json` by `npm run manifest`; do not edit by hand._',
  '',
];
/** Public API: the analyzer marks members `public` or leaves privacy out; statics are class plumbing. */
const isPublic = (member) =>
  (member.privacy ?? 'public') === 'public' && !member.static && !member.name.startsWith('_');

const elements = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((d) => ({ ...d, module: m.path })))
  .filter((d) => d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

for (const el of elements) {
  out.push(`## \`<${el.tagName}>\``, '', el.summary ?? '', '', esc(el.description ?? ''), '');
  const members = (el.members ?? []).filter((m) => m.kind === 'field' && isPublic(m));
  const attributes = new Map((el.attributes ?? []).map((a) => [a.fieldName, a.name]));
  out.push('### Properties and attributes', '');
  out.push(
    table(
      ['Property', 'Attribute', 'Type', 'Default', 'Description'],
      members.map((m) => [
        code(m.name),
        code(attributes.get(m.name)),
        code(m.type?.text),
        code(m.default),
        esc(m.description),
      ]),
    ),
  );
  const methods = (el.members ?? []).filter((m) => m.kind === 'method' && isPublic(m));
  if (methods.length)
    out.push(
      '### Methods',
      '',
      table(
        ['Method', 'Description'],
        methods.map((m) => [code(`${m.name}()`), esc(m.description)]),
      ),
    );
  if (el.events?.length)
    out.push(
      '### Events',
      '',
      table(
        ['Event', 'Type', 'Description'],
        el.events.map((e) => [code(e.name), code(e.type?.text), esc(e.description)]),
      ),
    );
  if (el.slots?.length)
    out.push(
      '### Slots',
      '',
      table(
        ['Slot', 'Description'],
        el.slots.map((s) => [s.name ? code(s.name) : '(default)', esc(s.description)]),
      ),
    );
  if (el.cssParts?.length)
    out.push(
      '### CSS parts',
      '',
      table(
        ['Part', 'Description'],
        el.cssParts.map((p) => [code(p.name), esc(p.description)]),
      ),
    );
  if (el.cssProperties?.length)
    out.push(
      '### CSS custom properties',
      '',
      table(
        ['Property', 'Default', 'Description'],
        el.cssProperties.map((p) => [code(p.name), code(p.default), esc(p.description)]),
      ),
    );
}
mkdirSync('docs', { recursive: true });
writeFileSync('docs/api.md', out.join('\n'));
console.log(`docs/api.md: ${elements.length} elements`);
