/**
 * The guide that came with the ready first-question page: the build writes it into the page as a JSON
 * data block (src/tools/vite-plugin-prerender.ts), so on a first visit the questions can be answered
 * while the directory is still downloading. The stored directory's own guide replaces it as soon as
 * it has been read (runtime.ts).
 */
import type { Guide } from '../../domain/directory/guide-schema';
import { GUIDE_DATA_ID } from '../../domain/guide/first-question-page';

export function guideFromPage(): Guide | undefined {
  const text = document.getElementById(GUIDE_DATA_ID)?.textContent;
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { questions?: unknown };
    // The page comes from the same build as this code; a quick look at its shape is enough.
    return Array.isArray(parsed.questions) && parsed.questions.length > 0 ? (parsed as Guide) : undefined;
  } catch {
    return undefined;
  }
}
