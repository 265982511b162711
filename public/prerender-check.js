/* global document, location, localStorage, URLSearchParams, Element */
/*
 * Runs before the first paint of the ready first-question page (dist/fragen/1.html, which loads it
 * async with blocking="render"). The page is in German: when this visit will show another language
 * (a ?lang= link or the remembered choice, see src/app/i18n/language-choice.ts), the page stays
 * hidden until the app shows it in that language.
 *
 * On a slow phone the page can be tapped before the app has taken it over: the answer tapped last
 * is noted on #app (data-early-tap, its words) and src/app/main.tsx taps it again once the app runs.
 */
(function () {
  var wanted = null;
  try {
    wanted = new URLSearchParams(location.search).get('lang') || localStorage.getItem('bff.language');
  } catch {
    // storage blocked: the app decides
  }
  // Loaded async: should the app have taken the page over already, it shows the right language.
  var app = document.getElementById('app');
  var takenOver = app !== null && app.hasAttribute('data-taken-over');
  if (wanted && wanted !== 'de' && !takenOver) document.documentElement.classList.add('prerender-hidden');

  document.addEventListener(
    'click',
    function (event) {
      var root = document.getElementById('app');
      if (!root || root.hasAttribute('data-taken-over')) return;
      var button = event.target instanceof Element ? event.target.closest('main button') : null;
      if (!button || !root.contains(button)) return;
      root.setAttribute('data-early-tap', (button.textContent || '').trim());
      button.setAttribute('aria-busy', 'true');
    },
    true,
  );
})();
