/**
 * The app's one icon set: filled 24 × 24 paths drawn inline by `Icon` (no icon font, nothing fetched). One module
 * per icon, used as `icons.phone` through this index, so a bundle carries only the icons its screens draw: the
 * first screen gets none of the result cards' icons. Icons that point a direction are mirrored in right-to-left layouts.
 */
export { globe } from './globe';
export { web } from './web';
export { phone } from './phone';
export { mail } from './mail';
export { place } from './place';
export { share } from './share';
export { bookmark } from './bookmark';
export { check } from './check';
export { forward } from './forward';
export { back } from './back';
export { search } from './search';
export { list } from './list';
export { location } from './location';
