import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type ToStringOptions } from 'yaml';

/**
 * Writing new content into an editor's YAML file without disturbing what did not change: the
 * existing document is updated node by node, so comments, key order, quoting and flow style of
 * every untouched field stay exactly as the editor left them. Only changed values are replaced;
 * records in lists are matched by their `id`, so a comment above a service stays with it.
 */

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isPrimitive = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** The files' own style: short lists of words in one line (`topics: [a, b]`), everything else as blocks. */
function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  const flowLists = (n: unknown) => {
    if (isSeq(n)) {
      if (n.items.every((item) => isScalar(item))) n.flow = true;
      else n.items.forEach(flowLists);
    } else if (isMap(n)) n.items.forEach((pair) => flowLists(pair.value));
  };
  flowLists(node);
  return node;
}

function idOf(node: unknown): string | undefined {
  if (!isMap(node)) return undefined;
  const id = node.get('id');
  return typeof id === 'string' ? id : undefined;
}

function update(doc: Document, node: unknown, value: unknown): Node {
  if (isScalar(node) && isPrimitive(value)) {
    if (node.value !== value) node.value = value;
    return node;
  }
  if (isMap(node) && isPlain(value)) {
    for (const pair of [...node.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string' || !(key in value)) node.delete(pair.key);
    }
    for (const [key, inner] of Object.entries(value)) {
      if (inner === undefined) continue;
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
      if (pair) pair.value = update(doc, pair.value, inner);
      else node.add(doc.createPair(key, createNode(doc, inner)));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const byId = new Map<string, unknown>();
    for (const item of node.items) {
      const id = idOf(item);
      if (id !== undefined) byId.set(id, item);
    }
    const old = [...node.items];
    node.items = value.map((inner, i) => {
      const id = isPlain(inner) && typeof inner.id === 'string' ? inner.id : undefined;
      const before = id !== undefined ? byId.get(id) : byId.size === 0 ? old[i] : undefined;
      return before === undefined ? createNode(doc, inner) : update(doc, before, inner);
    });
    return node;
  }
  return createNode(doc, value);
}

const STYLES: ToStringOptions[] = [
  { lineWidth: 120, flowCollectionPadding: false },
  { lineWidth: 120, flowCollectionPadding: true },
];

/**
 * Hand-written files may mix `[a, b]` with `{ a: b }`; the writer knows one padding for both. A
 * written line that differs from a line of the original only in that padding takes the original's.
 */
function restorePadding(written: string, original: string): { text: string; foreign: number } {
  const old = new Set(original.split('\n'));
  let foreign = 0;
  const lines = written.split('\n').map((line) => {
    if (old.has(line)) return line;
    const variants = [
      line.replace(/\[ /g, '[').replace(/ \]/g, ']'),
      line.replace(/\{ /g, '{').replace(/ \}/g, '}'),
      line.replace(/\[(?! )/g, '[ ').replace(/([^ ])\]/g, '$1 ]'),
      line.replace(/\{(?! )/g, '{ ').replace(/([^ ])\}/g, '$1 }'),
    ];
    const match = variants.find((v) => old.has(v));
    if (match !== undefined) return match;
    foreign++;
    return line;
  });
  return { text: lines.join('\n'), foreign };
}

/** The file's text with `value` as its new content; comments, order and style of unchanged parts kept. */
export function updateYamlText(text: string, value: unknown): string {
  const doc = parseDocument(text) as Document;
  doc.contents = update(doc, doc.contents, value);
  const plain = doc.toString(STYLES[0]);
  const candidates = STYLES.map((style) => restorePadding(doc.toString(style), text)).sort(
    (a, b) => a.foreign - b.foreign,
  );
  // Padding never changes the content; checked all the same, with the plain text as the fallback.
  const expected = JSON.stringify(parseDocument(plain).toJS());
  return candidates.find((c) => JSON.stringify(parseDocument(c.text).toJS()) === expected)?.text ?? plain;
}

/** A new file in the editors' style. */
export function newYamlText(value: unknown): string {
  const doc = new Document();
  doc.contents = createNode(doc, value);
  return doc.toString(STYLES[0]);
}
