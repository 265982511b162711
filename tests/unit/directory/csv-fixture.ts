import { validMeta, validOrganization } from './fixtures';

/**
 * A directory that uses every field of the model at least once (several locations, translations,
 * labelled phones, overnight hours, closures with notes, keywords, role, all flags), plus text
 * with the characters that break naive CSV: quotes, semicolons, commas, line breaks, umlauts.
 * Shared by the CSV and HSDS round-trip tests.
 */
function richOrganization(): Record<string, unknown> {
  return {
    id: 'familienpunkt-musterstadt',
    name: { de: 'Familienbüro der Stadt Unna', en: 'Family office Unna', tr: 'Unna Aile Bürosu' },
    description: { de: 'Erste Anlaufstelle für Familien; „Willkommen“ – auch ohne Termin.\nZweite Zeile, mit Komma.' },
    website: 'https://www.unna.example/familienbuero',
    email: 'familienbuero@unna.example',
    phones: [
      { number: '02303 103-0', kind: 'voice', label: { de: 'Zentrale', en: 'Switchboard' } },
      { number: '02303 103-999', kind: 'fax' },
    ],
    sampleData: true,
    locations: [
      {
        id: 'familienpunkt-musterstadt-rathaus',
        name: { de: 'Rathaus Unna', en: 'Town hall Unna' },
        address: { street: 'Rathausplatz 1', postalCode: '59423', city: 'Unna', municipality: 'unna' },
        geo: { lat: 51.5365, lon: 7.6892 },
        accessibility: { de: 'Stufenloser Eingang, Aufzug, barrierefreies WC' },
        transit: { de: 'Bus R81 bis „Markt“', tr: 'R81 otobüsü' },
      },
      {
        id: 'familienpunkt-musterstadt-koenigsborn',
        address: { street: 'Friedrich-Ebert-Straße 12', postalCode: '59425', city: 'Unna' },
      },
    ],
    services: [
      {
        id: 'familienpunkt-musterstadt-beratung',
        name: { de: 'Beratung im Familienbüro', en: 'Advice at the family office', tr: 'Aile bürosunda danışma' },
        summary: { de: 'Fragen zu Kita, Geld und Formularen? Wir helfen "sofort"; auch auf Türkisch.' },
        description: { de: 'Wir beraten Eltern zu allen Fragen rund um Familie.\n\nAuch mit Dolmetscher.' },
        sector: 'youth',
        topics: ['parenting', 'money', 'childcare'],
        lifeStages: ['pregnancy', 'baby', 'toddler'],
        serviceArea: { scope: 'municipality', municipalities: ['unna', 'kamen'] },
        role: 'family-office',
        flags: { free: true, anonymous: false, appointmentNeeded: false, homeVisits: true, barrierFree: true },
        languages: ['de', 'tr', 'ar'],
        phones: [
          {
            number: '+49 (0)2303 103-456',
            kind: 'voice',
            label: { de: 'Beratung (Mo–Fr)', en: 'Advice', tr: 'Danışma' },
          },
          { number: '0800 111 0 550', kind: 'hotline' },
          { number: '0170 1234567', kind: 'sms', label: { de: 'Nur SMS' } },
        ],
        email: 'beratung@unna.example',
        website: 'https://www.unna.example/familienbuero/beratung?x=1&y=2',
        locationIds: ['familienpunkt-musterstadt-rathaus', 'familienpunkt-musterstadt-koenigsborn'],
        schedules: [
          {
            locationId: 'familienpunkt-musterstadt-rathaus',
            weekly: [
              { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
              { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:30', closes: '16:00' },
              { days: ['th'], opens: '08:30', closes: '18:00' },
              { days: ['we', 'mo'], opens: '18:00', closes: '20:00' },
            ],
            holidays: 'closed',
            closures: [
              { from: '2026-12-24', to: '2027-01-01', note: { de: 'Weihnachten', en: 'Christmas' } },
              { from: '2026-07-20', to: '2026-07-31' },
            ],
            note: { de: 'Bitte am Empfang melden', en: 'Please report at reception' },
          },
          { locationId: 'familienpunkt-musterstadt-koenigsborn', appointmentOnly: true, holidays: 'as-usual-unknown' },
        ],
        eligibility: { de: 'Familien mit Wohnsitz in Unna oder Kamen' },
        fees: { de: 'kostenlos', en: 'free of charge' },
        keywords: { de: ['Kita-Platz', 'Elterngeld', 'Formulare'], en: ['daycare'], tr: ['kreş'] },
        lastChecked: '2026-09-15',
      },
      {
        id: 'familienpunkt-musterstadt-nachttelefon',
        name: { de: 'Nachttelefon' },
        summary: { de: 'Nachts Sorgen? Rufen Sie an.' },
        description: { de: 'Ein offenes Ohr in der Nacht.' },
        sector: 'health',
        topics: ['mental-health'],
        lifeStages: ['baby'],
        serviceArea: { scope: 'kreis' },
        flags: {},
        languages: ['de'],
        phones: [{ number: '116 117', kind: 'hotline' }],
        locationIds: [],
        schedules: [
          { weekly: [{ days: ['fr', 'sa'], opens: '22:00', closes: '06:00', overnight: true }], holidays: 'open' },
          { alwaysOpen: true, holidays: 'open' },
        ],
        lastChecked: '2026-01-02',
      },
    ],
  };
}

/** The rich organization plus the small valid one from fixtures.ts (national scope added). */
export function richDirectory(): { meta: Record<string, unknown>; organizations: Record<string, unknown>[] } {
  const national = validOrganization('bundesweit-hilfe', 'bundesweit-hilfe-telefon');
  const service = (national.services as Record<string, unknown>[])[0] as Record<string, unknown>;
  service.serviceArea = { scope: 'national' };
  return { meta: { ...validMeta(), languages: ['de', 'en', 'tr'] }, organizations: [national, richOrganization()] };
}
