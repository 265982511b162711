import { LineCounter, parseDocument, type YAMLError } from 'yaml';

/**
 * Reads one YAML file of the editorial source into plain data, with German error messages that
 * name the file and line ("Datei organizations/x.yaml, Zeile 12: …").
 */

const GERMAN_YAML_ERRORS: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'ein Feld steht doppelt im selben Abschnitt',
  BAD_INDENT: 'die Einrückung stimmt nicht (gleiche Ebene = gleich viele Leerzeichen)',
  TAB_AS_INDENT: 'Tabulator zum Einrücken – bitte nur Leerzeichen verwenden',
  MISSING_CHAR: 'ein Zeichen fehlt (z. B. schließendes Anführungszeichen oder Klammer)',
  MULTILINE_IMPLICIT_KEY: 'ein Feldname geht über mehrere Zeilen – fehlt ein Doppelpunkt oder ein Anführungszeichen?',
  BLOCK_AS_IMPLICIT_KEY:
    'Aufbau unklar – fehlt ein Doppelpunkt, stimmt die Einrückung nicht, oder enthält ein Text „: “ (dann den Text in Anführungszeichen setzen)?',
  UNEXPECTED_TOKEN: 'unerwartetes Zeichen – Text mit Doppelpunkt oder # bitte in Anführungszeichen setzen',
  BAD_DQ_ESCAPE: 'ungültiges \\-Zeichen in Text mit doppelten Anführungszeichen',
  MULTIPLE_DOCS: 'mehrere Dokumente (---) in einer Datei – bitte nur eines',
  BAD_ALIAS: 'ungültiger Verweis (*…)',
  RESOURCE_EXHAUSTION: 'zu viele Verweise (*…) – Datei wird aus Sicherheitsgründen nicht gelesen',
  KEY_OVER_1024_CHARS: 'Feldname zu lang',
  NON_STRING_KEY: 'Feldnamen müssen Text sein',
};

/** Keys of a field ("services", 0, "name") → its line in the file (1-based), or of the nearest enclosing record. */
export type LineOf = (keys: readonly (string | number)[]) => number | undefined;

export type YamlResult = { ok: true; data: unknown; lineOf: LineOf } | { ok: false; messages: string[] };

const INDENTATION_CODES = new Set<YAMLError['code']>([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MISSING_CHAR',
  'TAB_AS_INDENT',
]);

/**
 * One slip (a line indented one space too far) trips the parser on every following line. Only the
 * first place is reported, as what it most likely is, and the rest counted.
 */
function syntaxMessage(fileName: string, errors: readonly YAMLError[], lineCounter: LineCounter): string {
  const first = errors[0]!;
  const line = lineCounter.linePos(first.pos[0]).line;
  const lines = new Set(errors.map((e) => lineCounter.linePos(e.pos[0]).line));
  const indentation = errors.some((e) => e.code === 'BAD_INDENT') && INDENTATION_CODES.has(first.code);
  const detail = indentation
    ? 'die Einrückung stimmt nicht – meist in dieser Zeile oder der Zeile davor (gleiche Ebene = gleich viele Leerzeichen)'
    : (GERMAN_YAML_ERRORS[first.code] ?? `Fehler im YAML-Aufbau (${first.message.split('\n')[0]})`);
  const more = lines.size - 1;
  return `Datei ${fileName}, Zeile ${line}: ${detail}${more > 0 ? ` (${more} Folgefehler in späteren Zeilen nicht einzeln aufgeführt – erst diese Stelle beheben)` : ''}`;
}

export function parseYamlFile(fileName: string, text: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return { ok: false, messages: [`Datei ${fileName}: nicht lesbar (${(error as Error).message})`] };
  }
  if (doc.errors.length > 0) {
    // A duplicate key is its own mistake, reported wherever it is; anything else is reported once.
    const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
    const others = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const messages = duplicates.map(
      (e) => `Datei ${fileName}, Zeile ${lineCounter.linePos(e.pos[0]).line}: ${GERMAN_YAML_ERRORS.DUPLICATE_KEY}`,
    );
    if (others.length > 0) messages.push(syntaxMessage(fileName, others, lineCounter));
    return { ok: false, messages };
  }
  const lineOf: LineOf = (keys) => {
    // The deepest node the keys reach (a missing field is placed at its record).
    for (let depth = keys.length; depth >= 0; depth--) {
      const node = doc.getIn(keys.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  try {
    // Aliases are limited so a small file cannot expand into gigabytes ("billion laughs").
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    if (data === null || data === undefined) return { ok: false, messages: [`Datei ${fileName}: die Datei ist leer`] };
    return { ok: true, data, lineOf };
  } catch (error) {
    const message = (error as Error).message;
    return {
      ok: false,
      messages: [
        /alias/i.test(message)
          ? `Datei ${fileName}: ${GERMAN_YAML_ERRORS.RESOURCE_EXHAUSTION}`
          : `Datei ${fileName}: nicht lesbar (${message})`,
      ],
    };
  }
}
