/**
 * The timeline's German strings: the build leaves them out of the first screen's bundle
 * (src/tools/vite-plugin-locale-blocks.ts) and this chunk puts them back into the bundled German
 * messages before any of the timeline's components renders. The first screen's lookup and i18next
 * both read that same object (i18next keeps the resources it was started with), so both find them.
 * Every other language's file carries its timeline strings anyway.
 */
import de from '../../../locales/de.json';
import timelineStrings from '../../../locales/de.json?block=timeline';

(de as Record<string, unknown>).timeline ??= timelineStrings;
