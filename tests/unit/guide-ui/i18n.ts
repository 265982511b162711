/** The real German and English strings in a private i18next instance, so helpers are tested with the words users see. */
import i18next from 'i18next';
import de from '../../../locales/de.json';
import en from '../../../locales/en.json';

const instance = i18next.createInstance();
await instance.init({
  lng: 'de',
  fallbackLng: 'de',
  resources: { de: { translation: de }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

export function translator(language: 'de' | 'en') {
  const fixed = instance.getFixedT(language);
  return (key: string, values?: Record<string, string>) => fixed(key, values ?? {});
}
