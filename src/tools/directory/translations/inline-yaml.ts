import { isScalar, parseDocument, visit, type Pair } from 'yaml';
import { LANGUAGE_CODES } from '../../../domain/directory/schema';

/**
 * Removes the translations written inside an organization's YAML file (`en: …` next to `de: …`),
 * keeping everything else of the file as it was: comments, order, quoting and line breaks.
 */

const REMOVED = new Set<string>([...LANGUAGE_CODES.filter((code) => code !== 'de'), 'machine']);

const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : '');

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1;
}

function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', Math.max(index - 1, 0));
  return end < 0 ? text.length : end + 1;
}

export function withoutInlineTranslations(text: string): string {
  const doc = parseDocument(text);
  const cuts: [number, number][] = [];
  visit(doc, {
    Map(_key, node) {
      const de = node.items.find((pair) => keyOf(pair) === 'de');
      if (!de || !isScalar(de.value) || typeof de.value.value !== 'string') return;
      node.items.forEach((pair, i) => {
        if (!REMOVED.has(keyOf(pair)) || !isScalar(pair.key) || !pair.key.range) return;
        const end = (pair.value as { range?: number[] } | null)?.range?.[1] ?? pair.key.range[1];
        if (node.flow) {
          const previous = node.items[i - 1];
          const from = (previous?.value as { range?: number[] } | null)?.range?.[1] ?? pair.key.range[0];
          cuts.push([from, end]);
        } else {
          const next = node.items[i + 1];
          const to =
            next && isScalar(next.key) && next.key.range ? lineStart(text, next.key.range[0]) : lineEnd(text, end);
          cuts.push([lineStart(text, pair.key.range[0]), to]);
        }
      });
      return visit.SKIP;
    },
  });
  let out = text;
  for (const [from, to] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, from) + out.slice(to);
  return out;
}
