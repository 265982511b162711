/**
 * Vite plugin: the module `virtual:timeline`, the child's timeline from the editorial source's
 * timeline.yaml, validated like the rest of the directory (invalid data fails the build with the
 * German messages of `npm run directory -- validate`). Only the timeline's own chunk imports it, so
 * the start screen never carries it; the service worker precaches it with that chunk for offline use.
 * A source folder without timeline.yaml gives `null` (the screen then says there is no timeline).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from './directory/report';
import { readTimeline, TIMELINE_FILE } from './directory/timeline-source';

const TIMELINE_ID = 'virtual:timeline';
const RESOLVED_ID = `\0${TIMELINE_ID}`;

export function timelinePlugin(options: { sourceDir?: string } = {}): Plugin {
  let file = '';
  return {
    name: 'bff-timeline',
    configResolved(config) {
      file = join(resolve(config.root, options.sourceDir ?? 'directory'), TIMELINE_FILE);
    },
    resolveId(id) {
      return id === TIMELINE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return 'export default null;\n';
      }
      this.addWatchFile(file);
      const read = readTimeline(text);
      if (!read.timeline) {
        this.error(
          `Zeitleiste ungültig (${read.issues.length} Fehler) – bitte „npm run directory -- validate“:\n${read.issues.map(formatIssue).join('\n')}`,
        );
      }
      // A JSON string parses faster than the same object as JavaScript on a slow phone.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(read.timeline))});\n`;
    },
  };
}
