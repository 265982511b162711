/**
 * The first question as HTML (dist/fragen/1.html), rendered when the app is built: src/tools/vite-plugin-prerender.ts
 * loads this module in Node. A cold start on /fragen/1 then shows the question as soon as the page
 * is parsed; main.tsx takes the page over once the app's code has run.
 */
import prerender, { locationStub } from 'preact-iso/prerender';
import type { Guide } from '../../domain/directory/guide-schema';
import { FIRST_QUESTION_PATH } from '../../domain/guide/first-question-page';
import { App } from '../App';
import { updateDirectoryState } from '../data/directory-state';

/** The ready page's check script, written into the build by the same plugin. */
export { pageCheck } from './page-check';

export async function renderFirstQuestion(guide: Guide): Promise<{ markup: string; title: string }> {
  locationStub(FIRST_QUESTION_PATH);
  updateDirectoryState({ guide });
  const { html } = await prerender(<App />);
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  // preact-iso marks its output for its own hydrate(); this app takes the page over with render().
  return { markup: html.replace('<script type="isodata"></script>', ''), title };
}
