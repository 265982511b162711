import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/domain/directory/guide-schema';
import { LANGUAGE_KEY, PAGE_KEYS } from '../../../src/domain/guide/first-question-page';
import { pageCheck } from '../../../src/app/first-question/page-check';
import { LANGUAGE_CHECK_SCRIPT, pageCheckScript, prerenderedPage } from '../../../src/tools/vite-plugin-prerender';

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

describe("the ready page's check script", () => {
  const script = pageCheckScript(pageCheck);

  it('is built from TypeScript and given the names the app uses, which it never spells itself', () => {
    expect(script).toContain(JSON.stringify(PAGE_KEYS));
    expect(pageCheck.toString()).not.toContain(LANGUAGE_KEY);
    expect(pageCheck.toString()).not.toContain(PAGE_KEYS.earlyTap);
  });

  it('hides the German page for another remembered language and notes an answer tapped before the app runs', () => {
    const classes = new Set<string>();
    const attributes = new Map<string, string>();
    let onClick: ((event: { target: unknown }) => void) | undefined;
    class FakeElement {
      textContent = ' Unna ';
      attributes = new Map<string, string>();
      closest() {
        return this;
      }
      setAttribute(name: string, value: string) {
        this.attributes.set(name, value);
      }
    }
    const app = {
      hasAttribute: (name: string) => attributes.has(name),
      setAttribute: (name: string, value: string) => attributes.set(name, value),
      contains: () => true,
    };
    const button = new FakeElement();
    const run = new Function('location', 'localStorage', 'document', 'URLSearchParams', 'Element', script);
    run(
      { search: '' },
      { getItem: (key: string) => (key === LANGUAGE_KEY ? 'ar' : null) },
      {
        getElementById: () => app,
        documentElement: { classList: { add: (name: string) => classes.add(name) } },
        addEventListener: (_type: string, listener: typeof onClick) => (onClick = listener),
      },
      URLSearchParams,
      FakeElement,
    );
    expect([...classes]).toEqual([PAGE_KEYS.hiddenClass]);
    onClick!({ target: button });
    expect(attributes.get(PAGE_KEYS.earlyTap)).toBe('Unna');
    expect(button.attributes.get('aria-busy')).toBe('true');
  });
});
