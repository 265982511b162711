/* global document, location, localStorage, URLSearchParams */
/*
 * Runs before the first paint of the ready first-question page (dist/fragen/1.html), which is
 * in German: when this visit will show another language (a ?lang= link or the remembered choice,
 * see src/app/i18n/language-choice.ts), the page stays hidden until the app shows it in that language.
 */
(function () {
  var wanted = null;
  try {
    wanted = new URLSearchParams(location.search).get('lang') || localStorage.getItem('bff.language');
  } catch {
    // storage blocked: the app decides
  }
  if (wanted && wanted !== 'de') document.documentElement.classList.add('prerender-hidden');
})();
