/**
 * Which navigations get the offline app shell. Kept apart from workbox so unit tests can load it.
 * workbox-routing's NavigationRoute tests these against pathname + search.
 */

/** Navigations that must reach the network (or fail) instead of getting index.html. */
export const NAVIGATION_DENYLIST: RegExp[] = [
  // The published directory: the app syncs it into IndexedDB itself.
  /^\/data\//,
  // Files. Known extensions only: a dot alone is not enough, a slug such as /kontakt/st.johannes may have one.
  /\.(?:js|mjs|css|json|map|png|jpe?g|gif|svg|ico|webp|avif|txt|xml|webmanifest|pdf|woff2?)(?:\?.*)?$/i,
];

/** /fragen/1, with or without answers in the query: served with the ready first-question page. */
export const FIRST_QUESTION_NAVIGATION = /^\/fragen\/1(?:\?.*)?$/;
