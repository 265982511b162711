/**
 * The messages between the search screen and the search worker (src/worker/search-worker.ts). The
 * page asks for the services a query finds in the directory version it shows; the worker answers
 * with their positions in that directory's entries, best first, or says it cannot (no IndexedDB in
 * the worker, another version stored), and the page then searches by itself.
 */
export interface SearchRequest {
  id: number;
  /**
   * The version of the directory the page shows: positions only make sense in that one. Undefined:
   * the version stored, for a question asked before the page has read which one it shows (a cold
   * start on a search address); the reply names the version, and the page uses it only if it matches.
   */
  version?: string;
  query: string;
}

export type SearchReply = { id: number; version: string; docs: Int32Array } | { id: number; unavailable: string };
