/**
 * Directory text comes from many hands: it is rendered as text (Preact escapes it), never as HTML.
 * This keeps the code base free of the ways around that escaping.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const RAW_HTML = [
  /dangerouslySetInnerHTML/,
  /\.(inner|outer)HTML\s*=/,
  /\.insertAdjacentHTML\s*\(/,
  /document\.write(ln)?\s*\(/,
  /\bnew\s+Function\s*\(/,
  /\beval\s*\(/,
  /createContextualFragment/,
];

describe('no raw HTML', () => {
  it('no source file in src/ writes HTML or evaluates strings', () => {
    const hits: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (RAW_HTML.some((pattern) => pattern.test(line)))
            hits.push(`${relative(root, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
