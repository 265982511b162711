/** The legal pages' German texts, left out of the first screen's bundle (see ../i18n/german-block.ts). */
import { restoreGermanBlock } from '../i18n/german-block';
import imprint from '../../../locales/de.json?block=legal.imprint';
import privacy from '../../../locales/de.json?block=legal.privacy';
import accessibility from '../../../locales/de.json?block=legal.accessibility';

restoreGermanBlock('legal.imprint', imprint);
restoreGermanBlock('legal.privacy', privacy);
restoreGermanBlock('legal.accessibility', accessibility);
