import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/domain/directory/schema';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import type { Answers } from '../../../src/domain/guide/answers';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { groupResults, rankResults } from '../../../src/domain/guide/rank';
import { directory, organization, service } from './fixtures';

const weekdays9to17: Schedule = {
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
  holidays: 'closed',
};
const tuesdayMorning = berlinMoment(new Date('2026-11-24T10:00+01:00'));
const sundayMorning = berlinMoment(new Date('2026-11-29T10:00+01:00'));

const kreisTowns = ['boenen', 'froendenberg', 'holzwickede'] as const;
const entries = directoryEntries(
  directory([
    organization('emergency', [
      service('rettungsdienst-notruf', {
        role: 'emergency',
        serviceArea: { scope: 'national' },
        topics: ['child-protection'],
        lifeStages: ['pregnancy', 'baby', 'toddler', 'preschool', 'primary', 'secondary', 'transition'],
      }),
    ]),
    organization('kreis', [
      service('kreisjugendamt', {
        role: 'youth-office',
        serviceArea: { scope: 'municipality', municipalities: [...kreisTowns] },
        topics: ['parenting', 'child-protection'],
        lifeStages: ['baby', 'toddler'],
      }),
      service('kreisjugendamt-notdienst', {
        role: 'youth-office-emergency',
        serviceArea: { scope: 'municipality', municipalities: [...kreisTowns] },
        topics: ['child-protection'],
        lifeStages: ['baby'],
      }),
      service('familienbuero-holzwickede', {
        role: 'family-office',
        serviceArea: { scope: 'municipality', municipalities: ['holzwickede'] },
        topics: ['baby-care', 'parenting'],
      }),
    ]),
    organization('luenen', [
      service('familienamt-nord', {
        role: 'youth-office',
        serviceArea: { scope: 'municipality', municipalities: ['luenen'] },
        topics: ['parenting', 'child-protection'],
      }),
      service('familienamt-nord-bereitschaft', {
        role: 'youth-office-emergency',
        serviceArea: { scope: 'municipality', municipalities: ['luenen'] },
        topics: ['child-protection'],
      }),
      service('elterncafe-luenen', { serviceArea: { scope: 'municipality', municipalities: ['luenen'] } }),
    ]),
    organization('beratung', [
      service('schreiambulanz', { topics: ['baby-care'], schedules: [weekdays9to17] }),
      service('erziehungsberatung', { topics: ['parenting', 'baby-care'], languages: ['de', 'tr'] }),
      service('hebammen', { topics: ['midwife', 'baby-care'], lifeStages: ['pregnancy', 'baby'] }),
    ]),
    organization('national', [
      service('elternleitung-telefon', { serviceArea: { scope: 'national' }, topics: ['parenting', 'baby-care'] }),
    ]),
  ]),
);

const ids = (answers: Answers, language?: string, now = tuesdayMorning) =>
  rankResults(entries, answers, { now, ...(language && { language }) }).map((r) => `${r.group}:${r.entry.service.id}`);

describe('rankResults', () => {
  it.each<[string, Answers, string | undefined, string[]]>([
    [
      'a baby who cries a lot in Holzwickede: the Kreis offices for Holzwickede first',
      { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['baby-care'] },
      undefined,
      [
        'responsible:familienbuero-holzwickede',
        'kreis:schreiambulanz', // open now
        'kreis:erziehungsberatung',
        'kreis:hebammen',
        'national:elternleitung-telefon',
      ],
    ],
    [
      'parenting in Lünen: the Jugendamt Lünen, not the Kreisjugendamt',
      { municipality: 'luenen', lifeStages: ['baby'], topics: ['parenting'] },
      undefined,
      [
        'responsible:familienamt-nord',
        'town:elterncafe-luenen',
        'kreis:erziehungsberatung',
        'national:elternleitung-telefon',
      ],
    ],
    [
      'parenting in Holzwickede: Kreisjugendamt and Familienbüro are responsible',
      { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['parenting'] },
      undefined,
      [
        'responsible:kreisjugendamt',
        'responsible:familienbuero-holzwickede',
        'kreis:erziehungsberatung',
        'national:elternleitung-telefon',
      ],
    ],
    [
      'pregnancy: life stage narrows the list',
      { municipality: 'holzwickede', lifeStages: ['pregnancy'], topics: [] },
      undefined,
      ['kreis:hebammen', 'national:rettungsdienst-notruf'],
    ],
    [
      'crisis in Lünen: emergency numbers and Lünen’s youth-office emergency service first, whatever the age',
      { municipality: 'luenen', lifeStages: ['secondary'], topics: ['child-protection', 'parenting'], urgent: true },
      undefined,
      ['urgent:rettungsdienst-notruf', 'urgent:familienamt-nord-bereitschaft'],
    ],
  ])('%s', (_name, answers, language, expected) => {
    expect(ids(answers, language)).toEqual(expected);
  });

  it('in a crisis puts only the emergency services for that crisis first, not the poison line', () => {
    const withPoison = [
      ...entries,
      ...directoryEntries(
        directory([
          organization('giftnotruf', [
            service('giftnotruf', {
              role: 'emergency',
              serviceArea: { scope: 'national' },
              topics: ['health-checkups'],
            }),
          ]),
        ]),
      ).map((e) => ({ ...e, order: e.order + entries.length })),
    ];
    const crisis: Answers = {
      municipality: 'luenen',
      lifeStages: ['baby'],
      topics: ['child-protection'],
      urgent: true,
    };
    const ranked = rankResults(withPoison, crisis, { now: tuesdayMorning });
    expect(ranked.filter((r) => r.group === 'urgent').map((r) => r.entry.service.id)).toEqual([
      'rettungsdienst-notruf',
      'familienamt-nord-bereitschaft',
    ]);
    expect(ranked.map((r) => r.entry.service.id)).not.toContain('giftnotruf');
  });

  it('in a crisis puts the emergency numbers before the youth office’s duty, whatever fits better', () => {
    const crisis = directoryEntries(
      directory([
        organization('notruf', [
          service('notruf', {
            role: 'emergency',
            serviceArea: { scope: 'national' },
            topics: ['health-checkups', 'child-protection'], // child protection only second
          }),
          service('polizei', {
            role: 'emergency',
            serviceArea: { scope: 'national' },
            topics: ['child-protection'], // fits better, but the directory lists it after the first number
          }),
          service('bereitschaft', {
            role: 'youth-office-emergency',
            serviceArea: { scope: 'municipality', municipalities: ['luenen'] },
            topics: ['child-protection'],
          }),
        ]),
      ]),
    );
    const ranked = rankResults(
      crisis,
      { municipality: 'luenen', lifeStages: [], topics: ['child-protection'], urgent: true },
      { now: tuesdayMorning },
    );
    expect(ranked.map((r) => `${r.group}:${r.entry.service.id}`)).toEqual([
      'urgent:notruf',
      'urgent:polizei',
      'urgent:bereitschaft',
    ]);
  });

  it('puts the youth services before health office and Jobcenter among the responsible offices', () => {
    const offices = directoryEntries(
      directory([
        organization('kreis', [
          service('jobcenter', {
            role: 'jobcenter',
            topics: ['money'],
            lifeStages: ['pregnancy'],
            schedules: [weekdays9to17],
          }),
          service('gesundheitsamt', { role: 'health-office', lifeStages: ['pregnancy'] }),
          service('familienbuero', {
            role: 'family-office',
            serviceArea: { scope: 'municipality', municipalities: ['holzwickede'] },
            lifeStages: ['pregnancy'],
          }),
        ]),
      ]),
    );
    const ranked = rankResults(
      offices,
      { municipality: 'holzwickede', lifeStages: ['pregnancy'], topics: [] },
      { now: tuesdayMorning },
    );
    expect(ranked.map((r) => `${r.group}:${r.entry.service.id}`)).toEqual([
      'responsible:familienbuero',
      'responsible:gesundheitsamt',
      'responsible:jobcenter', // open now, but the Familienbüro is who a pregnant woman needs first
    ]);
  });

  it('counts the Jugendberufsagentur among the responsible offices for young people, after the Jobcenter', () => {
    const offices = directoryEntries(
      directory([
        organization('kreis', [
          service('jugendberufsagentur', {
            role: 'youth-employment-agency',
            sector: 'work',
            topics: ['work-training'],
            lifeStages: ['transition'],
            schedules: [weekdays9to17],
          }),
          service('jobcenter', {
            role: 'jobcenter',
            sector: 'work',
            topics: ['work-training'],
            lifeStages: ['transition'],
          }),
          service('ausbildungsberatung', { sector: 'work', topics: ['work-training'], lifeStages: ['transition'] }),
        ]),
      ]),
    );
    const ranked = rankResults(
      offices,
      { municipality: 'werne', lifeStages: ['transition'], topics: ['work-training'] },
      { now: tuesdayMorning },
    );
    expect(ranked.map((r) => `${r.group}:${r.entry.service.id}`)).toEqual([
      'responsible:jobcenter',
      'responsible:jugendberufsagentur',
      'kreis:ausbildungsberatung',
    ]);
  });

  it('lifts a service that speaks the family’s language among equally fitting ones', () => {
    const twins = directoryEntries(
      directory([
        organization('beratung', [
          service('beratung-a', { topics: ['parenting'], schedules: [weekdays9to17] }),
          service('beratung-b', { topics: ['parenting'], languages: ['de', 'tr'] }),
        ]),
      ]),
    );
    const order = (language?: string) =>
      rankResults(
        twins,
        { lifeStages: ['baby'], topics: ['parenting'] },
        { now: tuesdayMorning, ...(language && { language }) },
      ).map((r) => r.entry.service.id);
    expect(order()).toEqual(['beratung-a', 'beratung-b']); // open now
    expect(order('tr')).toEqual(['beratung-b', 'beratung-a']); // the family's language weighs more than open now
  });

  it('lets fit decide inside a group: the main topic and the child’s age before language and opening hours', () => {
    const answers: Answers = { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['baby-care'] };
    // Schreiambulanz: baby-care is its only topic; Erziehungsberatung lists it second, though it speaks Turkish.
    const kreis = ids(answers, 'tr', sundayMorning).filter((id) => id.startsWith('kreis:'));
    expect(kreis).toEqual(['kreis:schreiambulanz', 'kreis:erziehungsberatung', 'kreis:hebammen']);
  });

  it('prefers a service made for the child’s age to one for every age', () => {
    const ages = directoryEntries(
      directory([
        organization('beratung', [
          service('fuer-alle', { topics: ['work-training'], lifeStages: ['primary', 'secondary', 'transition'] }),
          service('fuer-junge', { topics: ['work-training'], lifeStages: ['transition'] }),
        ]),
      ]),
    );
    const ranked = rankResults(
      ages,
      { lifeStages: ['transition'], topics: ['work-training'] },
      { now: tuesdayMorning },
    );
    expect(ranked.map((r) => r.entry.service.id)).toEqual(['fuer-junge', 'fuer-alle']);
  });

  it('counts an office as responsible only when the question is one of its main topics', () => {
    const offices = directoryEntries(
      directory([
        organization('kreis', [
          service('kindergesundheit', {
            role: 'health-office',
            sector: 'health',
            topics: ['health-checkups', 'development', 'school'], // school only for the entry examination
            lifeStages: ['secondary'],
          }),
          service('jugendamt', {
            role: 'youth-office',
            sector: 'youth',
            serviceArea: { scope: 'municipality', municipalities: ['unna'] },
            topics: ['parenting', 'child-protection', 'separation'], // third, but a youth topic: its own
            lifeStages: ['secondary'],
          }),
          service('schulberatung', { sector: 'education', topics: ['school'], lifeStages: ['secondary'] }),
        ]),
      ]),
    );
    const groups = (topics: string[]) =>
      rankResults(offices, { municipality: 'unna', lifeStages: ['secondary'], topics }, { now: tuesdayMorning }).map(
        (r) => `${r.group}:${r.entry.service.id}`,
      );
    expect(groups(['school'])).toEqual(['kreis:schulberatung', 'kreis:kindergesundheit']);
    expect(groups(['separation'])).toEqual(['responsible:jugendamt']);
    expect(groups([])).toEqual(['responsible:jugendamt', 'responsible:kindergesundheit', 'kreis:schulberatung']);
  });

  it('lifts a service that is open now inside its group', () => {
    const answers: Answers = { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['parenting'] };
    const sunday = ids({ ...answers, topics: ['baby-care'] }, undefined, sundayMorning);
    const tuesday = ids({ ...answers, topics: ['baby-care'] }, undefined, tuesdayMorning);
    expect(sunday.indexOf('kreis:schreiambulanz')).toBe(sunday.indexOf('kreis:erziehungsberatung') - 1);
    expect(tuesday.filter((id) => id.startsWith('kreis:'))[0]).toBe('kreis:schreiambulanz');
    expect(ids(answers, undefined, tuesdayMorning)).not.toContain('kreis:schreiambulanz'); // topic does not fit
  });

  it('without a town nobody is "responsible" and every town’s services stay in', () => {
    const result = ids({ lifeStages: [], topics: ['parenting'] });
    expect(result.filter((id) => id.startsWith('responsible:'))).toEqual([]);
    expect(result).toContain('town:kreisjugendamt');
    expect(result).toContain('town:familienamt-nord');
  });

  it('skipping every question lists every service', () => {
    expect(ids({ lifeStages: [], topics: [] })).toHaveLength(entries.length);
  });

  it('closer matches come before looser ones when nothing else differs', () => {
    const result = ids({ lifeStages: ['baby'], topics: ['baby-care', 'parenting'] }, undefined, sundayMorning);
    const kreis = result.filter((id) => id.startsWith('kreis:'));
    expect(kreis).toEqual(['kreis:erziehungsberatung', 'kreis:schreiambulanz', 'kreis:hebammen']);
  });

  it('keeps the directory order for equal services (stable)', () => {
    const first = ids({ lifeStages: [], topics: [] }, undefined, sundayMorning);
    const again = ids({ lifeStages: [], topics: [] }, undefined, sundayMorning);
    expect(again).toEqual(first);
    expect(first.filter((id) => id.startsWith('kreis:'))).toEqual([
      'kreis:schreiambulanz',
      'kreis:erziehungsberatung',
      'kreis:hebammen',
    ]);
  });

  it('gives the same order for a list not in the directory’s order (ties keep the directory’s order)', () => {
    const reversed = [...entries].reverse();
    for (const answers of [
      { lifeStages: [], topics: [] },
      { municipality: 'holzwickede', lifeStages: ['baby'], topics: ['baby-care', 'parenting'] },
      { municipality: 'luenen', lifeStages: [], topics: ['child-protection'], urgent: true },
    ] satisfies Answers[]) {
      const order = (list: typeof entries) =>
        rankResults(list, answers, { now: sundayMorning }).map((r) => r.entry.service.id);
      expect(order(reversed)).toEqual(order(entries));
    }
  });

  it('says why each result is shown', () => {
    const [first] = rankResults(
      entries,
      { municipality: 'holzwickede', lifeStages: ['baby', 'toddler'], topics: ['baby-care', 'school'] },
      { now: tuesdayMorning },
    );
    expect(first?.entry.service.id).toBe('familienbuero-holzwickede');
    expect(first?.reasons).toEqual({ municipality: 'holzwickede', lifeStages: ['baby'], topics: ['baby-care'] });
  });

  it('groups results in order and leaves out empty groups', () => {
    const ranked = rankResults(
      entries,
      { municipality: 'luenen', lifeStages: [], topics: ['parenting'] },
      { now: tuesdayMorning },
    );
    expect(groupResults(ranked).map((g) => g.group)).toEqual(['responsible', 'town', 'kreis', 'national']);
  });
});
