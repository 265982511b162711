/** The timeline's German strings, left out of the first screen's bundle (see ../i18n/german-block.ts). */
import { restoreGermanBlock } from '../i18n/german-block';
import timelineStrings from '../../../locales/de.json?block=timeline';

restoreGermanBlock('timeline', timelineStrings);
