/** The part of gettext-parser (no types of its own) that the translation files use. */
declare module 'gettext-parser' {
  export interface PoComments {
    translator?: string;
    reference?: string;
    extracted?: string;
    flag?: string;
    previous?: string;
  }
  export interface PoEntry {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: PoComments;
  }
  export interface PoData {
    charset: string;
    /** Missing when the text held no header entry at all. */
    headers?: Record<string, string>;
    translations?: Record<string, Record<string, PoEntry>>;
  }
  export const po: {
    parse(input: string | Buffer, options?: { validation?: boolean }): PoData;
    compile(data: Required<PoData>, options?: { foldLength?: number | false; sort?: boolean }): Buffer;
  };
}
