// What a new user gets from npm: the packed tarball (`npm pack`, after `npm run build`) installed
// into a fresh project, then the README's React, Vue and plain TypeScript examples, verbatim,
// compiled under `strict` with `moduleResolution` `bundler` and `node16` (React with `tsc`, Vue
// with `vue-tsc --strictTemplates`), and every export imported in Node. The consumer's compilers
// are the versions this repository uses, so the install comes from npm's cache when it is warm.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const versionOf = async (name) =>
  JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The README's first fenced block of `lang` under the heading `heading`. */
async function readmeExample(heading, lang) {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const section = readme.split(/^#+ /m).find((part) => part.startsWith(`${heading}\n`));
  assert.ok(section, `README has a "${heading}" section`);
  const block = section.match(new RegExp('```' + lang + '\\n([\\s\\S]*?)```'));
  assert.ok(block, `README's "${heading}" has a \`\`\`${lang} example`);
  return block[1];
}

const tsOptions = (resolution) => ({
  target: 'ES2022',
  module: resolution === 'bundler' ? 'ESNext' : 'Node16',
  moduleResolution: resolution,
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  noEmit: true,
  // Our .d.ts files are checked too, as the consumer's compiler reads them.
  skipLibCheck: false,
  types: [],
});

let dir;

/** Runs a compiler in the consumer project; resolves to its exit code and output. */
async function compile(command, project) {
  try {
    await run(join(dir, 'node_modules', '.bin', command), ['-p', project], { cwd: dir });
    return { code: 0, output: '' };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, output: `${error.stdout}${error.stderr}` };
  }
}

async function project(name, options, files) {
  await writeFile(join(dir, name), JSON.stringify({ compilerOptions: options, ...files }, null, 2));
  return name;
}

describe('the packed package in a fresh project', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tin-consumer-'));
    const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: root,
    });
    const [{ filename }] = JSON.parse(stdout);
    const dependencies = { [pkg.name]: `file:./${filename}` };
    for (const name of ['react', '@types/react', 'vue', 'vue-tsc', 'typescript'])
      dependencies[name] = await versionOf(name);
    // Frameworks this repository does not use itself, pinned here (npm caches them after one run).
    Object.assign(dependencies, { 'solid-js': '1.9.20', svelte: '5.57.3', 'svelte-check': '4.7.8' });
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies }, null, 2),
    );
    await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });

    await writeFile(join(dir, 'react.tsx'), await readmeExample('React 19', 'tsx'));
    await writeFile(join(dir, 'plain.ts'), await readmeExample('Plain TypeScript', 'ts'));
    await mkdir(join(dir, 'vue'));
    await writeFile(join(dir, 'vue', 'News.vue'), await readmeExample('Vue 3', 'vue'));
    // The case: a class import alone types the tags; so does the types-only entry.
    await writeFile(
      join(dir, 'tag-map.ts'),
      `import type { TinCard } from 'tin-widgets';
const card: TinCard | null = document.querySelector('tin-card');
card?.addEventListener('tin-select', (e) => e.detail.article.title);
export {};
`,
    );
    await writeFile(
      join(dir, 'types-only.ts'),
      `import type {} from 'tin-widgets/types';
const list = document.createElement('tin-list');
list.limit = 3;
list.addEventListener('tin-error', (e) => e.detail.kind);
export {};
`,
    );

    await writeFile(
      join(dir, 'solid.tsx'),
      `import type {} from 'tin-widgets/solid';
import type { TinSelectEvent } from 'tin-widgets';

export const News = () => (
  <tin-list src="/feed.json" limit={5} ontin-select={(e: TinSelectEvent) => e.detail.article.id} />
);
// @ts-expect-error: limit is a number
export const Wrong = () => <tin-list limit="five" />;
`,
    );
    await mkdir(join(dir, 'svelte'));
    await writeFile(
      join(dir, 'svelte', 'News.svelte'),
      `<script lang="ts">
  import 'tin-widgets/define';
  import type {} from 'tin-widgets/svelte';
  import type { TinSelectEvent } from 'tin-widgets';

  function onSelect(e: TinSelectEvent) {
    console.log(e.detail.article.id);
  }
</script>

<tin-list src="/feed.json" limit={5} ontin-select={onSelect}></tin-list>
`,
    );
    await writeFile(
      join(dir, 'svelte', 'Wrong.svelte'),
      `<script lang="ts">
  import type {} from 'tin-widgets/svelte';
</script>

<tin-list limit="five"></tin-list>
`,
    );
  });

  after(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const resolution of ['bundler', 'node16']) {
    it(`compiles the README's React and plain TypeScript examples with tsc (moduleResolution ${resolution})`, async () => {
      const name = await project(`tsconfig.${resolution}.json`, tsOptions(resolution), {
        files: ['react.tsx', 'plain.ts', 'tag-map.ts', 'types-only.ts'],
      });
      const { code, output } = await compile('tsc', name);
      assert.equal(code, 0, output);
    });

    it(`compiles the README's Vue example with vue-tsc --strictTemplates (moduleResolution ${resolution})`, async () => {
      const name = await project(`tsconfig.vue-${resolution}.json`, tsOptions(resolution), {
        include: ['vue/News.vue'],
        vueCompilerOptions: { strictTemplates: true },
      });
      const { code, output } = await compile('vue-tsc', name);
      assert.equal(code, 0, output);
    });
  }

  it('types the tags in Solid JSX (tsc) and in Svelte 5 templates (svelte-check)', async () => {
    const solid = await project(
      'tsconfig.solid.json',
      { ...tsOptions('bundler'), jsx: 'preserve', jsxImportSource: 'solid-js' },
      { files: ['solid.tsx'] },
    );
    const solidRun = await compile('tsc', solid);
    assert.equal(solidRun.code, 0, solidRun.output);

    await project(
      'svelte/tsconfig.json',
      { ...tsOptions('bundler'), verbatimModuleSyntax: true },
      { include: ['*.svelte'] },
    );
    let output = '';
    try {
      await run(
        join(dir, 'node_modules', '.bin', 'svelte-check'),
        ['--tsconfig', './svelte/tsconfig.json', '--output', 'machine'],
        { cwd: dir },
      );
    } catch (error) {
      output = `${error.stdout}${error.stderr}`;
    }
    // Only Wrong.svelte's string limit is an error: News.svelte and our typings check clean.
    const errors = output.split('\n').filter((line) => / ERROR /.test(line));
    assert.equal(errors.length, 1, output);
    assert.match(errors[0], /Wrong\.svelte.*not assignable to type 'number'/);
  });

  // The typings must have something to check: wrong code fails to compile, for the reason given.
  it('rejects a wrong property type and a wrong event handler in React JSX', async () => {
    await writeFile(
      join(dir, 'react-wrong.tsx'),
      `import type {} from 'tin-widgets/react';
import type { TinLoadEvent } from 'tin-widgets';
export const A = () => <tin-feed limit="six" />;
export const B = () => <tin-list ontin-select={(e: TinLoadEvent) => e.detail.feed} />;
export const C = () => <tin-card layuot="compact" />;
`,
    );
    const name = await project('tsconfig.react-wrong.json', tsOptions('bundler'), { files: ['react-wrong.tsx'] });
    const { code, output } = await compile('tsc', name);
    assert.notEqual(code, 0);
    assert.match(output, /react-wrong\.tsx\(3,[^)]*\): error TS2322/);
    assert.match(output, /react-wrong\.tsx\(4,[^)]*\): error TS2322/);
    assert.match(output, /react-wrong\.tsx\(5,[^)]*\): error TS2322/);
  });

  it('rejects a wrong property type in a Vue template (strictTemplates)', async () => {
    await writeFile(
      join(dir, 'vue', 'Wrong.vue'),
      `<script setup lang="ts">
import type {} from 'tin-widgets/vue';
</script>
<template>
  <tin-list :limit="'many'" />
</template>
`,
    );
    const name = await project('tsconfig.vue-wrong.json', tsOptions('bundler'), {
      include: ['vue/Wrong.vue'],
      vueCompilerOptions: { strictTemplates: true },
    });
    const { code, output } = await compile('vue-tsc', name);
    assert.notEqual(code, 0);
    assert.match(output, /Wrong\.vue\(5,[^)]*\): error TS2322/);
  });

  it('imports every JavaScript export in Node without throwing', async () => {
    const specifiers = [];
    for (const [subpath, target] of Object.entries(pkg.exports)) {
      const file = typeof target === 'string' ? target : target?.default;
      // Types-only entries, JSON data and blocked paths have nothing to run.
      if (!file || (!subpath.includes('*') && !file.endsWith('.js'))) continue;
      const name = `${pkg.name}${subpath.slice(1)}`;
      if (subpath.includes('*')) {
        const names = subpath.startsWith('./define/')
          ? ['tin-card', 'tin-list', 'tin-article', 'tin-feed']
          : ['tin-widgets.js', 'tin-widgets.iife.js'];
        specifiers.push(...names.map((part) => name.replace('*', part)));
      } else specifiers.push(name);
    }
    assert.ok(specifiers.length >= 9, specifiers.join(', '));
    const failures = [];
    for (const specifier of specifiers) {
      try {
        await run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], {
          cwd: dir,
        });
      } catch (error) {
        failures.push(`${specifier}: ${error.stderr}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('ships the editor data package.json points at', async () => {
    const installed = join(dir, 'node_modules', pkg.name);
    const webTypes = JSON.parse(await readFile(join(installed, pkg['web-types']), 'utf8'));
    const html = JSON.parse(await readFile(join(installed, pkg.contributes.html.customData[0]), 'utf8'));
    const tags = ['tin-article', 'tin-card', 'tin-feed', 'tin-list'];
    assert.deepEqual(webTypes.contributions.html.elements.map((element) => element.name).sort(), tags);
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), tags);
  });
});
