#!/usr/bin/env node
// Prints a page with the four elements server-rendered by @lit-labs/ssr from the built package
// (dist/), every one reading the feed URL given as the first argument. Run in a process of its own
// by ssr-pages.mjs, so Lit's Node globals never enter the test server.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/define.js';

const src = process.argv[2] ?? '';
const body = await collectResult(
  render(html`
    <tin-card id="card" src=${src} item-id="1"></tin-card>
    <tin-list id="list" src=${src} limit="3"></tin-list>
    <tin-article id="article" src=${src} item-id="1" no-json-ld></tin-article>
    <tin-feed id="feed" src=${src} limit="2" url-mode="none"></tin-feed>
  `),
);
process.stdout.write(`<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered widgets</title>
    <script>
      // Every layout shift from the first paint on, where the browser reports them (Chromium).
      window.__shifts = [];
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift'))
        new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value)))
          .observe({ type: 'layout-shift', buffered: true });
    </script>
  </head>
  <body>${body}</body>
</html>
`);
