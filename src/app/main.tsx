import { render } from 'preact';

render(
  <main>
    <h1>Brücken für Familien</h1>
  </main>,
  document.getElementById('app')!,
);
