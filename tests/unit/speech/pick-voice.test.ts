/** Which voice reads aloud: only local voices, the right language, the preferred region; none means no button. */
import { describe, expect, it } from 'vitest';
import { pickVoice, splitForSpeech, spokenNumber, type VoiceLike } from '../../../src/app/speech/pick-voice';

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});

const phone: VoiceLike[] = [
  voice('Google Deutsch (online)', 'de-DE', false, true),
  voice('Anna', 'de-AT'),
  voice('Petra', 'de-DE'),
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', true, true),
  voice('Maged', 'ar-SA'),
  voice('Yelda', 'tr_TR'),
  voice('Google українська', 'uk-UA', false),
];

describe('pickVoice', () => {
  it('takes a local voice of the language and prefers its home region', () => {
    expect(pickVoice(phone, 'de')?.name).toBe('Petra');
  });

  it('never takes a remote voice, even the default one: the text would leave the phone', () => {
    expect(pickVoice(phone, 'de')?.localService).toBe(true);
    expect(pickVoice(phone, 'uk')).toBeUndefined();
  });

  it('prefers the exact tag asked for over the home region', () => {
    expect(pickVoice(phone, 'de-AT')?.name).toBe('Anna');
  });

  it("lets the phone owner's default voice beat other regions", () => {
    expect(pickVoice(phone, 'en')?.name).toBe('Daniel'); // preferred region en-GB outranks default en-US
    expect(
      pickVoice(
        phone.filter((v) => v.name !== 'Daniel'),
        'en',
      )?.name,
    ).toBe('Samantha');
  });

  it('finds Arabic under any region and reads underscores as hyphens (older Android)', () => {
    expect(pickVoice(phone, 'ar')?.name).toBe('Maged');
    expect(pickVoice(phone, 'tr')?.name).toBe('Yelda');
    expect(pickVoice(phone, 'TR')?.name).toBe('Yelda');
  });

  it('gives nothing for a language the phone cannot speak, so the button is hidden', () => {
    expect(pickVoice(phone, 'fa')).toBeUndefined();
    expect(pickVoice([], 'de')).toBeUndefined();
  });

  it("keeps the phone's order among equal voices", () => {
    const two = [voice('First', 'ar-EG'), voice('Second', 'ar-SA')];
    expect(pickVoice(two, 'ar')?.name).toBe('First');
  });
});

describe('splitForSpeech', () => {
  it('keeps a short text whole', () => {
    expect(splitForSpeech('  Notfall.   Rufen Sie die 112.  ')).toEqual(['Notfall. Rufen Sie die 112.']);
  });

  it('cuts long texts at sentence ends, never longer than the limit', () => {
    const sentence = 'Das ist ein Satz mit einigen Wörtern.';
    const pieces = splitForSpeech(Array.from({ length: 12 }, () => sentence).join(' '), 100);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(100);
      expect(piece.endsWith('.')).toBe(true);
    }
    expect(pieces.join(' ')).toBe(Array.from({ length: 12 }, () => sentence).join(' '));
  });

  it('cuts a sentence without end marks at word boundaries, and knows the Arabic question mark', () => {
    const words = Array.from({ length: 60 }, (_, i) => `Wort${i}`).join(' ');
    const pieces = splitForSpeech(words, 50);
    expect(pieces.every((p) => p.length <= 50 && !p.startsWith(' '))).toBe(true);
    expect(pieces.join(' ')).toBe(words);
    expect(splitForSpeech('هل تحتاج مساعدة؟ اتصل بنا.', 20)).toEqual(['هل تحتاج مساعدة؟', 'اتصل بنا.']);
  });

  it('gives nothing to read for an empty text', () => {
    expect(splitForSpeech('   ')).toEqual([]);
  });
});

describe('spokenNumber', () => {
  it('reads a phone number digit by digit with pauses between the groups', () => {
    expect(spokenNumber('0800 111 0 550')).toBe('0 8 0 0, 1 1 1, 0, 5 5 0');
    expect(spokenNumber('112')).toBe('1 1 2');
  });
});
