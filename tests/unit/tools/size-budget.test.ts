import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryFiles, measure, staticImports } from '../../../src/tools/size-budget';

describe('staticImports', () => {
  it.each([
    ['import{a as b}from"./chunk-1.js";', ['./chunk-1.js']],
    ['import"./side-effect.js";const x=1', ['./side-effect.js']],
    ['import * as ns from "./ns.js"', ['./ns.js']],
    ['const l=()=>import("./lazy.js")', []],
    ['x;import{y}from"./a.js";import{z}from"./b.js"', ['./a.js', './b.js']],
  ])('%s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});

describe('entryFiles', () => {
  it('finds the module script, preloads and stylesheets', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-2.js">' +
      '<link rel="stylesheet" crossorigin href="/assets/index-3.css"><link rel="icon" href="/icon.svg">';
    expect(entryFiles(html)).toEqual({
      scripts: ['/assets/index-1.js', '/assets/vendor-2.js'],
      styles: ['/assets/index-3.css'],
    });
  });
});

describe('measure', () => {
  it('counts the entry and its static imports as first screen, but not lazy chunks', () => {
    const dist = mkdtempSync(join(tmpdir(), 'size-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/entry.js"></script>');
    writeFileSync(join(dist, 'assets/entry.js'), 'import{a}from"./shared.js";const l=()=>import("./lazy.js");');
    writeFileSync(join(dist, 'assets/shared.js'), 'export const a=1;'.repeat(50));
    writeFileSync(join(dist, 'assets/lazy.js'), 'export const big="' + 'x'.repeat(5000) + '";');
    const report = measure(dist);
    expect(report.firstScreenJs).toEqual(['assets/entry.js', 'assets/shared.js']);
    expect(report.allJsCount).toBe(3);
    expect(report.allJsGzip).toBeGreaterThan(report.firstScreenJsGzip);
  });
});
