/**
 * Synthetic services for the search and ranking benchmark: realistic text lengths (German compounds,
 * several sentences of description, partial translations into en/tr/ar/uk), every town, topic and
 * life stage, opening hours with lunch breaks. Deterministic from a seed, so runs are comparable.
 */
import taxonomy from '../../domain/taxonomy.json';
import type { Schedule, Service, Text } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';

/** mulberry32: a tiny seeded generator; Math.random would make every run different. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HEADS = [
  'Erziehungs',
  'Familien',
  'Schwangerschafts',
  'Schuldner',
  'Sucht',
  'Jugend',
  'Eltern',
  'Kinder',
  'Sozial',
  'Migrations',
  'Trennungs',
  'Kita',
  'Schul',
  'Berufs',
  'Wohnungs',
  'Gesundheits',
  'Frühförder',
  'Hebammen',
];
const TAILS = [
  'beratung',
  'beratungsstelle',
  'hilfe',
  'dienst',
  'büro',
  'zentrum',
  'treff',
  'café',
  'kurs',
  'sprechstunde',
  'vermittlung',
  'ambulanz',
  'begleitung',
  'platz-vergabe',
];
const SENTENCES = [
  'Wir beraten Mütter, Väter und andere Bezugspersonen vertraulich und kostenlos.',
  'Sie können ohne Termin in die offene Sprechstunde kommen oder vorher anrufen.',
  'Bei Bedarf kommen wir auch zu Ihnen nach Hause.',
  'Wir sprechen Deutsch, Englisch und Türkisch; für andere Sprachen organisieren wir Dolmetscher.',
  'Gemeinsam suchen wir nach Lösungen, die zu Ihrer Familie passen.',
  'Das Angebot richtet sich an Familien aus dem ganzen Kreis Unna.',
  'Wir helfen beim Ausfüllen von Anträgen, zum Beispiel für Elterngeld, Kindergeld oder Wohngeld.',
  'Die Beratung ist freiwillig und unterliegt der Schweigepflicht.',
  'Wir vermitteln Kita-Plätze und Plätze bei Tagesmüttern und Tagesvätern.',
  'Bei Schulden erstellen wir mit Ihnen einen Haushaltsplan und sprechen mit Gläubigern.',
  'Jugendliche finden bei uns Hilfe bei der Suche nach einem Ausbildungsplatz.',
  'Unsere Hebammen begleiten Sie in der Schwangerschaft und im ersten Jahr mit dem Baby.',
];
const TRANSLATIONS: Record<'en' | 'tr' | 'ar' | 'uk', string[]> = {
  en: ['Counselling for families, free and confidential.', 'Help with applications and money worries.'],
  tr: ['Aileler için ücretsiz ve gizli danışmanlık.', 'Başvurularda ve para sorunlarında yardım.'],
  ar: ['استشارة مجانية وسرية للعائلات.', 'مساعدة في الطلبات ومشاكل المال والديون.'],
  uk: ['Безкоштовна та конфіденційна консультація для сімей.', 'Допомога із заявами та грошима.'],
};
const KEYWORDS = [
  'Kita',
  'Tagesmutter',
  'Hebamme',
  'Schulden',
  'Ausbildung',
  'Erziehung',
  'Trennung',
  'Wohngeld',
  'Sucht',
];

const towns = taxonomy.municipalities.map((m) => m.code);
const topics = taxonomy.topics.map((t) => t.code);
const stages = taxonomy.lifeStages.map((l) => l.code);

function syntheticService(i: number, random: () => number): Service {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  const town = towns[i % towns.length]!;
  const townName = taxonomy.municipalities[i % towns.length]!.name;
  const compound = `${pick(HEADS)}${pick(TAILS)}`;
  const translate = (de: string, share: Record<string, number>): Text => {
    const text: Text = { de };
    for (const [language, probability] of Object.entries(share)) {
      if (random() < probability) (text as Record<string, unknown>)[language] = pick(TRANSLATIONS[language as 'en']);
    }
    return text;
  };
  const share = { en: 0.6, tr: 0.3, ar: 0.2, uk: 0.15 };
  const locationId = `standort-${i}`;
  const schedule: Schedule = {
    locationId,
    weekly: [
      { days: ['mo', 'tu', 'th'], opens: '08:30', closes: '12:30' },
      { days: ['mo', 'tu', 'th'], opens: '13:30', closes: '16:00' },
      { days: ['fr'], opens: '08:30', closes: '12:00' },
    ],
    holidays: 'closed',
  } as Schedule;
  const area: Service['serviceArea'] =
    i % 10 === 0
      ? { scope: 'kreis' }
      : i % 25 === 1
        ? { scope: 'national' }
        : { scope: 'municipality', municipalities: [town] };
  return {
    id: `angebot-${i}`,
    name: { de: `${compound} ${townName}`, ...(random() < 0.6 && { en: `Family service ${townName}` }) },
    summary: translate(`${pick(SENTENCES)} ${pick(SENTENCES)}`.slice(0, 160), share),
    description: translate(some(SENTENCES, 8).join(' '), share),
    sector: pick(taxonomy.sectors).code,
    topics: some(topics, 3),
    lifeStages: some(stages, 3),
    serviceArea: area,
    flags: { free: random() < 0.7, anonymous: random() < 0.2, homeVisits: random() < 0.2 },
    languages: ['de', ...some(['en', 'tr', 'ar', 'uk', 'ru', 'pl'], 2)],
    phones: [{ number: `02303 27-${1000 + (i % 9000)}`, kind: 'voice' }],
    locationIds: [locationId],
    schedules: [schedule],
    keywords: { de: some(KEYWORDS, 3) },
    lastChecked: '2026-11-01',
  } as Service;
}

export function syntheticEntries(count: number, seed = 20261112): DirectoryEntry[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const service = syntheticService(i, random);
    return {
      service,
      organization: {
        id: `traeger-${Math.floor(i / 10)}`,
        name: { de: `Träger ${Math.floor(i / 10)}` },
        sampleData: true,
        phones: [],
      },
      locations: [],
      order: i,
    };
  });
}
