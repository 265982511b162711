import { po, type PoEntry } from 'gettext-parser';
import { LANGUAGE_CODES, type LanguageCode } from '../../../domain/directory/schema';

/**
 * One language's translations in gettext PO, the format of directory/translations/<lang>.po and of
 * the files translators exchange: `msgctxt` = the text's key, `msgid` = the German it was made
 * from, `msgstr` = the translation, `#, fuzzy` = a machine-assisted draft nobody has reviewed yet.
 */

/** Languages a translation file may hold: every content language except German itself. */
export const TARGET_LANGUAGES: readonly LanguageCode[] = LANGUAGE_CODES.filter((code) => code !== 'de');

export interface CatalogEntry {
  key: string;
  /** The German text the translation was made from. */
  source: string;
  translation: string;
  /** Machine-assisted draft, not reviewed by a person. */
  fuzzy: boolean;
  /** The German the translation was made from before the text changed (`#| msgid`), in exports. */
  previousSource?: string;
  /** `#:` the YAML file, `#.` what the field is. */
  file?: string;
  what?: string;
  /** `# …` a translator's own note, kept as it is. */
  note?: string;
}

export interface Catalog {
  language: LanguageCode;
  /** By key, in the file's order. */
  entries: Map<string, CatalogEntry>;
}

export type CatalogResult = { ok: true; catalog: Catalog; duplicates: string[] } | { ok: false; message: string };

/** "tr", "tr_TR", "de_simple", "de@simple", "de-simple" → the content language code, else undefined. */
export function languageFromHeader(header: string | undefined): LanguageCode | undefined {
  if (!header) return undefined;
  const tag = header.trim().toLowerCase().replace(/[_@]/g, '-');
  const exact = TARGET_LANGUAGES.find((code) => code === tag);
  if (exact) return exact;
  const base = tag.split('-')[0] ?? '';
  return base === 'de' ? undefined : TARGET_LANGUAGES.find((code) => code === base);
}

const unescapePrevious = (text: string) =>
  text.replace(/\\(["\\nt])/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));

/** The previous msgid of a `#| msgid "…"` comment (continuation lines joined). */
function previousSource(previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const lines = previous.split('\n');
  const start = lines.findIndex((line) => line.startsWith('msgid '));
  if (start < 0) return undefined;
  const parts: string[] = [];
  for (const line of lines.slice(start)) {
    const quoted = /"(.*)"\s*$/.exec(line);
    if (!quoted || (parts.length > 0 && !line.trimStart().startsWith('"'))) break;
    parts.push(unescapePrevious(quoted[1] ?? ''));
  }
  return parts.join('');
}

const escapeQuoted = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');

/** Reads a PO file; a file that is not PO, or names no (or no translatable) language, is refused. */
export function parseCatalog(fileName: string, text: string): CatalogResult {
  let data;
  try {
    data = po.parse(text, { validation: false });
  } catch (error) {
    return {
      ok: false,
      message: `Datei ${fileName} ist keine lesbare PO-Datei (${(error as Error).message.split('\n')[0]})`,
    };
  }
  const header = data.headers?.Language;
  const language = languageFromHeader(header);
  if (!language) {
    return {
      ok: false,
      message: header
        ? `Datei ${fileName}: Sprache „${header}“ im Kopf (Language) ist keine Sprache des Verzeichnisses – erlaubt sind ${TARGET_LANGUAGES.join(', ')}`
        : `Datei ${fileName}: im Kopf der Datei fehlt die Sprache („Language: tr“ o. ä.)`,
    };
  }
  const entries = new Map<string, CatalogEntry>();
  const duplicates: string[] = [];
  for (const [context, messages] of Object.entries(data.translations ?? {})) {
    for (const message of Object.values(messages)) {
      if (context === '' && message.msgid === '') continue; // the header
      const key = message.msgctxt ?? '';
      if (entries.has(key)) duplicates.push(key);
      entries.set(key, toEntry(key, message));
    }
  }
  return { ok: true, catalog: { language, entries }, duplicates };
}

function toEntry(key: string, message: PoEntry): CatalogEntry {
  const comments = message.comments ?? {};
  const previous = previousSource(comments.previous);
  return {
    key,
    source: message.msgid,
    translation: message.msgstr[0] ?? '',
    fuzzy: (comments.flag ?? '').split(/[\s,]+/).includes('fuzzy'),
    ...(previous !== undefined ? { previousSource: previous } : {}),
    ...(comments.reference ? { file: comments.reference } : {}),
    ...(comments.extracted ? { what: comments.extracted } : {}),
    ...(comments.translator ? { note: comments.translator } : {}),
  };
}

/** Writes a catalog as PO text, entries in the order given. */
export function compileCatalog(language: LanguageCode, entries: Iterable<CatalogEntry>): string {
  const translations: Record<string, Record<string, PoEntry>> = { '': { '': { msgid: '', msgstr: [''] } } };
  for (const entry of entries) {
    const comments = {
      ...(entry.note ? { translator: entry.note } : {}),
      ...(entry.file ? { reference: entry.file } : {}),
      ...(entry.what ? { extracted: entry.what } : {}),
      ...(entry.fuzzy ? { flag: 'fuzzy' } : {}),
      ...(entry.previousSource !== undefined
        ? { previous: `msgctxt "${escapeQuoted(entry.key)}"\nmsgid "${escapeQuoted(entry.previousSource)}"` }
        : {}),
    };
    const context = (translations[entry.key] ??= {});
    context[entry.source] = {
      msgctxt: entry.key,
      msgid: entry.source,
      msgstr: [entry.translation],
      ...(Object.keys(comments).length > 0 ? { comments } : {}),
    };
  }
  const headers = {
    'Project-Id-Version': 'Familienverzeichnis',
    Language: language,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=UTF-8',
    'Content-Transfer-Encoding': '8bit',
  };
  return po.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0 }).toString('utf8') + '\n';
}
