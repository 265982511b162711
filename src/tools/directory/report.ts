import type { Issue } from '../../domain/directory/issues';

/** Output helpers shared by the commands. Output goes through `Output` so tests can capture it. */

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** Collects lines instead of printing (for tests and the Vite plugin). */
export function memoryOutput(): Output & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

/** "organizations/x.yaml: services[0].name (Angebot x-y): Pflichtfeld fehlt" */
export function formatIssue(issue: Issue): string {
  const path = issue.line !== undefined ? `${issue.path} (Zeile ${issue.line})` : issue.path;
  const where = issue.recordId ? `${path} [${issue.recordId}]` : path;
  return `  ✗ ${where}\n      ${issue.message}`;
}

export function printIssues(output: Output, issues: readonly Issue[]): void {
  output.err(`${issues.length} ${issues.length === 1 ? 'Fehler' : 'Fehler'} gefunden:`);
  for (const issue of issues) output.err(formatIssue(issue));
}

/** A size for the editors, in German notation: "512 Bytes", "13 KB" (rounded up), "3,4 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} Bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024).toLocaleString('de-DE')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB`;
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A plain text table with padded columns (first column left, the others right-aligned). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
}
