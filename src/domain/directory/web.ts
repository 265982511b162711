import * as v from 'valibot';

/** Websites and e-mail addresses. Only https: links reach a parent's phone. */

const HTTPS_URL = /^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;

export function urlProblem(url: string): string | undefined {
  if (url.length > 2000) return `Webadresse zu lang (${url.length} Zeichen)`;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http') return `Webadresse „${url}“: nur sichere Adressen mit https:// sind erlaubt, nicht http://`;
  if (scheme !== undefined && scheme !== 'https') {
    return `Webadresse „${url.slice(0, 60)}“: „${scheme}:“ ist nicht erlaubt – nur Adressen mit https://`;
  }
  if (scheme === undefined) return `Webadresse „${url}“ muss mit https:// beginnen`;
  if (!HTTPS_URL.test(url))
    return `Webadresse „${url}“ ist keine gültige Adresse (Beispiel: https://www.kreis-unna.de/)`;
  return undefined;
}

export const UrlSchema = v.pipe(
  v.string('Webadresse: erwartet Text, z. B. https://www.kreis-unna.de/'),
  v.trim(),
  v.check(
    (u) => urlProblem(u) === undefined,
    (issue) => urlProblem(String(issue.input)) ?? '',
  ),
);

/**
 * One plain address, as the app will link it (src/domain/links): no second recipient, no query such as
 * `?cc=` or `?body=`, no spaces or umlauts.
 */
export const PLAIN_EMAIL = /^[A-Za-z0-9._+-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

export const EmailSchema = v.pipe(
  v.string('E-Mail-Adresse: erwartet Text'),
  v.trim(),
  v.maxLength(254, 'E-Mail-Adresse zu lang'),
  v.regex(
    PLAIN_EMAIL,
    (issue) =>
      `„${String(issue.input)}“ ist keine gültige E-Mail-Adresse: genau eine Adresse, ohne Leerzeichen, Umlaute oder Zusätze wie ?cc= (Beispiel: name@kreis-unna.de)`,
  ),
);
