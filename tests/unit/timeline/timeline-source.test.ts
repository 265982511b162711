import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readTimeline } from '../../../src/tools/directory/timeline-source';
import { REGION_DIR } from '../../fixtures/region';

const text = readFileSync(join(REGION_DIR, 'timeline.yaml'), 'utf8');

/** The test region's timeline with one change made by `edit`, checked as validate checks it. */
function messagesAfter(edit: (data: { sources: Record<string, unknown>[]; items: Record<string, unknown>[] }) => void) {
  const data = parse(text) as { sources: Record<string, unknown>[]; items: Record<string, unknown>[] };
  edit(data);
  return readTimeline(stringify(data)).issues.map(
    (issue) => `${issue.path} [${issue.recordId ?? ''}]: ${issue.message}`,
  );
}

describe('timeline.yaml is checked with plain German messages naming file, item and field', () => {
  it('accepts the test region', () => {
    expect(readTimeline(text).issues).toEqual([]);
  });

  it.each<[string, (data: { sources: Record<string, unknown>[]; items: Record<string, unknown>[] }) => void, string]>([
    [
      'a missing translation',
      (data) => delete (data.items[0]!.title as Record<string, string>).ar,
      'timeline.yaml: items[0].title.ar [probe-besuch-frueh]: Pflichtfeld „ar“ fehlt',
    ],
    [
      'an unknown kind',
      (data) => (data.items[1]!.kind = 'impfung'),
      'timeline.yaml: items[1].kind [probe-amt-meldung]: Unbekannte Art (kind) „impfung“',
    ],
    [
      'a window that ends before it starts',
      (data) => (data.items[0]!.window = { unit: 'day', from: 10, to: 3 }),
      'timeline.yaml: items[0].window [probe-besuch-frueh]: Zeitraum: „from“ muss vor oder gleich „to“ sein',
    ],
    [
      'a tolerance narrower than its window',
      (data) => (data.items[0]!.tolerance = { unit: 'day', from: 4, to: 14 }),
      'timeline.yaml: items[0].tolerance [probe-besuch-frueh]: Die Toleranz (tolerance) muss den Zeitraum (window) ganz einschließen',
    ],
    [
      'a source that does not exist',
      (data) => (data.items[2]!.sources = ['probe-quelle', 'gibt-es-nicht']),
      'timeline.yaml: items[2].sources[1] [probe-gespraech-impfung]: Quelle „gibt-es-nicht“ gibt es nicht',
    ],
    [
      'an item without a source',
      (data) => (data.items[2]!.sources = []),
      'timeline.yaml: items[2].sources [probe-gespraech-impfung]: Jeder Eintrag nennt mindestens eine Quelle',
    ],
    [
      'a source without the date it was checked',
      (data) => delete data.sources[0]!.checked,
      'timeline.yaml: sources[0].checked [probe-quelle]: Pflichtfeld „checked“ fehlt',
    ],
    [
      'an unknown topic for the contact',
      (data) => (data.items[1]!.contact = { topic: 'behoerde' }),
      'timeline.yaml: items[1].contact.topic [probe-amt-meldung]: Unbekanntes Thema „behoerde“',
    ],
    [
      'a link without https',
      (data) => (data.items[2]!.link = 'http://example.org/'),
      'timeline.yaml: items[2].link [probe-gespraech-impfung]: Webadresse „http://example.org/“: nur sichere Adressen',
    ],
  ])('%s', (_name, edit, expected) => {
    const messages = messagesAfter(edit);
    expect(
      messages.some((message) => message.startsWith(expected)),
      messages.join('\n'),
    ).toBe(true);
  });
});
