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

export type YamlResult = { ok: true; data: unknown } | { ok: false; messages: string[] };

export function parseYamlFile(fileName: string, text: string): YamlResult {
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    return { ok: false, messages: [`Datei ${fileName}: nicht lesbar (${(error as Error).message})`] };
  }
  if (doc.errors.length > 0) {
    // One message per line: a single slip often trips several follow-up errors on the same line.
    const byLine = new Map<number, string>();
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]).line;
      const detail = GERMAN_YAML_ERRORS[error.code] ?? `Fehler im YAML-Aufbau (${error.message.split('\n')[0]})`;
      if (!byLine.has(line)) byLine.set(line, `Datei ${fileName}, Zeile ${line}: ${detail}`);
    }
    return { ok: false, messages: [...byLine.values()] };
  }
  try {
    // Aliases are limited so a small file cannot expand into gigabytes ("billion laughs").
    const data: unknown = doc.toJS({ maxAliasCount: 50 });
    if (data === null || data === undefined) return { ok: false, messages: [`Datei ${fileName}: die Datei ist leer`] };
    return { ok: true, data };
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
