import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/domain/directory/guide-schema';
import { LANGUAGE_CHECK_SCRIPT, prerenderedPage } from '../../../src/tools/vite-plugin-prerender';

const GUIDE = {
  questions: [
    {
      id: 'town',
      kind: 'municipality',
      text: { de: 'Wo wohnen Sie? </script><script>alert(1)</script>' },
      options: [],
    },
  ],
} as unknown as Guide;

const TEMPLATE = `<!doctype html>
<html lang="de" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>Brücken für Familien</title>
    <script type="module" crossorigin src="/assets/index-Abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsxRuntime-Def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-Ghi.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>`;

describe('the ready first-question page', () => {
  const page = prerenderedPage(
    TEMPLATE,
    '<main><h1>Wo wohnen Sie?</h1><div class="progress-bar"><span style="inline-size:33%;"></span></div></main>',
    'Wo wohnen Sie?',
    GUIDE,
  );

  it('carries the rendered question in the app element, marked with its path', () => {
    expect(page).toContain('<div id="app" data-prerendered="/fragen/1"><main><h1>Wo wohnen Sie?</h1>');
    expect(page).toContain('<title>Wo wohnen Sie? – Brücken für Familien</title>');
  });

  it('loads the app after the question, the stylesheet still in the head', () => {
    const question = page.indexOf('<h1>Wo wohnen Sie?</h1>');
    const app = page.indexOf('<script type="module" crossorigin src="/assets/index-Abc.js"></script>');
    const preload = page.indexOf('<link rel="modulepreload" crossorigin href="/assets/jsxRuntime-Def.js">');
    expect(app).toBeGreaterThan(question);
    expect(preload).toBeGreaterThan(question);
    expect(app).toBeLessThan(page.indexOf('id="guide-data"'));
    expect(page.indexOf('rel="stylesheet"')).toBeLessThan(page.indexOf('</head>'));
    expect(page.match(/type="module"/g)).toHaveLength(1);
  });

  it('leaves out inline styles, which the Content-Security-Policy refuses in markup', () => {
    expect(page).not.toContain('style=');
    expect(page).toContain('<span></span>');
  });

  it('loads the language check after the Content-Security-Policy, blocking the first paint but not the parser', () => {
    const csp = page.indexOf('Content-Security-Policy');
    const check = page.indexOf(`<script src="${LANGUAGE_CHECK_SCRIPT}" async blocking="render"></script>`);
    expect(check).toBeGreaterThan(csp);
    expect(check).toBeLessThan(page.indexOf('<body>'));
  });

  it('carries the guide as a JSON data block that no text can end or turn into a script', () => {
    const block = /<script type="application\/json" id="guide-data">([^<]*)<\/script>/.exec(page);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(GUIDE);
    expect(page).not.toContain('alert(1)</script>');
  });

  it('refuses a template without the empty app element', () => {
    expect(() => prerenderedPage('<html><body><main></main></body></html>', '<h1>x</h1>', 'x', GUIDE)).toThrow(
      /<div id="app">/,
    );
  });
});
