/**
 * What the search knows of each language: the words that carry no meaning in a search (stop
 * words; "mit", "bei", "my", "all" must not decide what is found) and a light stemmer where a
 * well-kept one exists (Snowball stemmers from @orama/stemmers), so "geimpft" meets "impfen",
 * "borçlarım" meets "borç" and "бременна" meets "бременност".
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as romanian } from '@orama/stemmers/romanian';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { foldTerm } from './fold';

type Stemmer = (word: string) => string;

/**
 * Stemmer per content language. Polish and Persian have none here, Arabic's adds nothing to the
 * folding (article, ta marbuta) but errors, and Bulgarian's throws on some words (it writes into a
 * string); they rely on prefixes, typos and the vocabulary.
 */
const STEMMERS: Readonly<Record<string, Stemmer>> = {
  de: german,
  'de-simple': german,
  en: english,
  tr: turkish,
  ro: romanian,
  ru: russian,
  uk: ukrainian,
};

/** A query's language is not known (parents type German in a Turkish app): try the stemmers of the word's script. */
const LATIN = ['de', 'en', 'tr', 'ro'] as const;
const CYRILLIC = ['ru', 'uk'] as const;

function languagesOfScript(word: string): readonly string[] {
  if (/[\u0400-\u04FF]/.test(word)) return CYRILLIC;
  if (/[a-zà-ɏ]/i.test(word)) return LATIN;
  return [];
}

/** Function words, per language, left out of index and query. Short on purpose: only words that never name a service. */
const STOP_WORDS: Readonly<Record<string, string>> = {
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber mit bei von vom zu zum zur im in am an auf aus nach vor für fur fuer über uber um ist sind bin bist hat habe haben hast war wird werden ich du er sie es wir ihr mein meine meinen meinem meiner dein deine sein seine unser unsere was wer wie wo wann warum welche welcher nicht kein keine keinen auch noch schon sehr viel viele ganz ganze ganzen mehr nur so da dann wenn weil dass ob man mich mir dich dir uns euch sich gibt geben kann können konnen muss müssen mussen soll sollen will möchte mochte nun jetzt hier dort',
  en: 'the a an and or but with at by of to for in on from is are am be been was were have has had i you he she it we they my your his her our their me us what who how where when why which not no do does did can could should would will all any some very so too just about',
  tr: 've ile bir bu şu o ben sen biz siz onlar benim senin için icin gibi da de ne nasıl nasil nerede kim mi mı mu mü var yok çok cok daha en ama veya ya',
  ar: 'في من على الى إلى عن مع و او أو ثم هذا هذه ذلك تلك انا أنا نحن انت أنت هو هي هم ما ماذا كيف اين أين متى لا لم لن هل كل بعض جدا قد كان يكون عند لدي لي',
  fa: 'و در به از با که را این آن برای تا یا هم من ما تو شما او آنها است هست هستم هستند بود شد می نمی چه چی کجا کی چطور آیا خیلی یک',
  uk: 'і й та а але або в у на з із до від по за для про що хто як де коли чи не ні я ти він вона ми ви вони мій моя моє мої це той та дуже є мене мені нам нас',
  ru: 'и в во на с со к ко от до по за для о об про что кто как где когда ли не ни я ты он она мы вы они мой моя моё мое мои это тот та очень есть у меня мне нам нас а но или',
  pl: 'i w we na z ze do od po za dla o że ze co kto jak gdzie kiedy czy nie ja ty on ona my wy oni mój moja moje mam jest są sa to ten ta bardzo się sie u mnie mi',
  ro: 'și si în in la cu de din pe pentru despre că ca ce cine cum unde când cand nu eu tu el ea noi voi ei meu mea mei mele am are este sunt e un o foarte să sa mă ma',
  bg: 'и в във на с със от до по за за о че какво кой как къде кога дали не аз ти той тя ние вие те мой моя мое мои това този тази е са съм много има',
};

/**
 * The fillers of a request ("Hilfe", "Problem", "immer", "помощь"): left out of a query that has
 * other words, but kept in the index, so a query of nothing but "Hilfe" still finds services.
 */
const FILLERS: Readonly<Record<string, string>> = {
  de: 'hilfe helfen problem probleme immer ständig standig dauernd brauche brauchen suche suchen gesucht bitte hallo',
  en: 'problem problems issue issues always help please hi need needs looking look find get',
  tr: 'sorun sorunlar sorunu problem hep sürekli surekli lütfen lutfen yardım yardim',
  ar: 'مشاكل مشكلة مساعدة',
  fa: 'مشکل مشکلات کمک',
  uk: 'проблема проблеми допомога допомогу весь вся все час завжди постійно',
  ru: 'проблема проблемы помощь помочь весь вся все всё время всегда постоянно',
  pl: 'problem problemy pomoc cały cala całą ciągle ciagle zawsze',
  ro: 'problemă probleme problema ajutor mult tot mereu timpul',
  bg: 'проблем проблеми помощ цял цяла винаги постоянно',
};

const STOP = new Map<string, Set<string>>(
  Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(' ').map(foldTerm))]),
);
STOP.set('de-simple', STOP.get('de')!);
const ANY_STOP = new Set([
  ...[...STOP.values()].flatMap((set) => [...set]),
  ...Object.values(FILLERS).flatMap((words) => words.split(' ').map(foldTerm)),
]);

/**
 * A stop word of this language (index side), or of any language or a filler (query side, when no
 * language is given); `folded` as foldTerm gives it.
 */
export function isStopWord(folded: string, language?: string): boolean {
  return language === undefined ? ANY_STOP.has(folded) : (STOP.get(language)?.has(folded) ?? false);
}

/** The folded stem of a word in a known language (the word itself when there is no stemmer). */
export function stemIn(word: string, language: string): string {
  const stem = STEMMERS[language];
  const lower = word.toLowerCase();
  if (!stem) return foldTerm(lower);
  try {
    return foldTerm(stem(lower));
  } catch {
    return foldTerm(lower); // a stemmer's bug must never break the search
  }
}

/**
 * German verb forms the Snowball stemmer leaves alone: the participle "geimpft" (→ impf) and the
 * third person "kifft", "schreit" (→ kiff, schrei), so they meet "impfen", "kiffen", "Schreien".
 */
function germanVerbStem(folded: string): string | undefined {
  if (folded.length < 5 || !folded.endsWith('t') || folded.endsWith('tt')) return undefined;
  const participle = folded.startsWith('ge') && folded.length >= 6 ? folded.slice(2) : folded;
  return participle.slice(0, participle.endsWith('et') && participle.length > 5 ? -2 : -1);
}

/**
 * The folded stems a query word may have in the languages of its script, without the folded word
 * itself. Two-letter stems ("еду" → "ед") are only good for looking up the vocabulary, never for
 * searching the index by prefix; callers filter.
 */
export function queryStems(word: string): string[] {
  const folded = foldTerm(word);
  const stems = new Set<string>();
  const scripts = languagesOfScript(word);
  for (const language of scripts) {
    const stem = stemIn(word, language);
    // A stemmer run on another language's word may lengthen it; such a form is no stem.
    if (stem !== folded && stem.length >= 2 && stem.length <= folded.length) stems.add(stem);
  }
  const verb = scripts === LATIN ? germanVerbStem(folded) : undefined;
  if (verb !== undefined && verb !== folded) stems.add(verb);
  return [...stems];
}
