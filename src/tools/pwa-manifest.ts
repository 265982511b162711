/**
 * The web app manifest (vite-plugin-pwa writes it as /manifest.webmanifest and links it from index.html).
 * German first: the app's source language. Icons come from public/icon.svg via ./pwa-icons.
 */
import type { ManifestOptions } from 'vite-plugin-pwa';
import { PWA_ICON_FILES } from './pwa-icons';

const icon = (file: string) => `/icons/${file}`;

export const pwaManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Brücken für Familien',
  short_name: 'Familienhilfe',
  description:
    'Hilfe für Familien im Kreis Unna: ein paar einfache Fragen führen zu den passenden Ansprechpartnern in Ihrer Nähe – auch ohne Internet.',
  lang: 'de',
  dir: 'ltr',
  start_url: '/?source=pwa',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#0b5c73',
  background_color: '#ffffff',
  categories: ['health', 'lifestyle', 'social'],
  icons: [
    { src: icon(PWA_ICON_FILES.any192), sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: icon(PWA_ICON_FILES.any512), sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: icon(PWA_ICON_FILES.maskable512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Notfallnummern',
      short_name: 'Notfall',
      url: '/notfall',
      icons: [{ src: icon(PWA_ICON_FILES.shortcut96), sizes: '96x96', type: 'image/png' }],
    },
    {
      name: 'Gespeicherte Kontakte',
      short_name: 'Merkliste',
      url: '/merkliste',
      icons: [{ src: icon(PWA_ICON_FILES.shortcut96), sizes: '96x96', type: 'image/png' }],
    },
  ],
};
