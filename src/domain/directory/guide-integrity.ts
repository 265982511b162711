/**
 * Checks on the guide's questions that a schema alone cannot do: answers that are real taxonomy
 * codes for their kind of question, follow-ups that lead somewhere, one question per kind, and
 * focus questions that are asked only after a topic and say which topics they rank by.
 */
import type { Guide, GuideOption, GuideQuestion, QuestionKind } from './guide-schema';
import { formatPath, type Issue } from './issues';
import { allowedList } from './messages';
import { LIFE_STAGE_CODES, MUNICIPALITY_CODES, TOPIC_CODES } from './taxonomy-codes';

/** The answers a question of each kind may have; a focus question names its own (see FOCUS_VALUE). */
const ALLOWED_VALUES: Record<Exclude<QuestionKind, 'focus'>, readonly string[]> = {
  municipality: MUNICIPALITY_CODES,
  'life-stage': LIFE_STAGE_CODES,
  topic: TOPIC_CODES,
  urgent: ['yes', 'no'],
};

/** A focus answer's value travels in the page address: lower case, digits and hyphens. */
const FOCUS_VALUE = /^[a-z0-9][a-z0-9-]{0,59}$/;

/** Kinds the guide cannot work without; "urgent" and "focus" are optional. */
const REQUIRED_KINDS: readonly QuestionKind[] = ['municipality', 'life-stage', 'topic'];

type At = (...keys: (string | number)[]) => string;

export function checkGuide(guide: Guide, root = 'guide'): Issue[] {
  const issues: Issue[] = [];
  const at: At = (...keys) => formatPath([root, 'questions', ...keys]);
  const ids = new Map(guide.questions.map((q, i) => [q.id, i]));
  const followedUp = new Set<string>();

  guide.questions.forEach((question, qi) => {
    if (ids.get(question.id) !== qi) {
      issues.push({ path: at(qi, 'id'), message: `Frage „${question.id}“ doppelt vergeben`, recordId: question.id });
    }
    if (question.kind !== 'municipality' && question.options.length === 0) {
      issues.push({
        path: at(qi, 'options'),
        message: 'Diese Frage braucht Antworten (options)',
        recordId: question.id,
      });
    }
    if (question.kind === 'focus' && !question.followUpOnly) {
      issues.push({
        path: at(qi, 'followUpOnly'),
        message:
          'Eine Frage der Art focus fragt genauer nach einem Thema: sie braucht followUpOnly: true und eine Antwort der Themen-Frage, die mit followUp zu ihr führt',
        recordId: question.id,
      });
    }
    const values = new Set<string>();
    question.options.forEach((option, oi) => {
      const issue = (field: string, message: string) =>
        issues.push({ path: at(qi, 'options', oi, field), message, recordId: question.id });
      checkValue(question.kind, option.value, (message) => issue('value', message));
      if (values.has(option.value)) issue('value', `Antwort „${option.value}“ doppelt`);
      values.add(option.value);
      if (option.showFor && question.kind !== 'topic' && question.kind !== 'focus') {
        issue('showFor', 'showFor gibt es nur bei Themen-Fragen (kind: topic) und Fokus-Fragen (kind: focus)');
      }
      checkFocus(question, option, (field, message) => issue(field, message));
      if (option.followUp !== undefined) {
        followedUp.add(option.followUp);
        const target = ids.get(option.followUp);
        const message = followUpProblem(question, option, target === undefined ? undefined : guide.questions[target]);
        if (message) issue('followUp', message);
      }
    });
  });

  guide.questions.forEach((question, qi) => {
    if (question.followUpOnly && !followedUp.has(question.id)) {
      issues.push({
        path: at(qi, 'followUpOnly'),
        message: `Frage „${question.id}“ ist nur Folgefrage, aber keine Antwort führt zu ihr (followUp)`,
        recordId: question.id,
      });
    }
  });

  for (const kind of REQUIRED_KINDS) {
    const count = guide.questions.filter((q) => q.kind === kind && !q.followUpOnly).length;
    if (count !== 1) {
      issues.push({
        path: formatPath([root, 'questions']),
        message: `Es muss genau eine Frage der Art ${kind} geben (gefunden: ${count})`,
      });
    }
  }
  return issues;
}

function checkValue(kind: QuestionKind, value: string, report: (message: string) => void): void {
  if (kind === 'focus') {
    if (!FOCUS_VALUE.test(value)) {
      report(
        `„${value}“ ist als Antwort einer Fokus-Frage nicht möglich: nur Kleinbuchstaben (a–z, ohne Umlaute), Ziffern und Bindestriche`,
      );
    }
    return;
  }
  const allowed = ALLOWED_VALUES[kind];
  if (!allowed.includes(value)) {
    report(`„${value}“ passt nicht zu einer Frage der Art ${kind} – erlaubt sind: ${allowedList(allowed)}`);
  }
}

/** A focus answer names the topics it ranks by; other answers have none. */
function checkFocus(
  question: GuideQuestion,
  option: GuideOption,
  report: (field: string, message: string) => void,
): void {
  if (question.kind === 'focus' && (option.focus?.length ?? 0) === 0) {
    report(
      'focus',
      `Antwort „${option.value}“ braucht Themen (focus), nach denen die Ergebnisse geordnet werden, z. B. focus: [mental-health, parenting]`,
    );
  }
  if (question.kind !== 'focus' && option.focus !== undefined) {
    report('focus', 'focus gibt es nur bei Antworten einer Fokus-Frage (kind: focus)');
  }
}

/** What is wrong with an answer's follow-up, if anything. */
function followUpProblem(
  question: GuideQuestion,
  option: GuideOption,
  target: GuideQuestion | undefined,
): string | undefined {
  if (target === undefined) return `Folgefrage „${option.followUp}“ gibt es nicht`;
  if (!target.followUpOnly) {
    return `Folgefrage „${option.followUp}“ muss followUpOnly: true haben, sonst wird sie zweimal gestellt`;
  }
  if (target.kind !== 'focus') return undefined;
  if (question.kind !== 'topic') {
    return `Folgefrage „${option.followUp}“ ist eine Fokus-Frage: zu ihr führt nur eine Antwort der Themen-Frage (kind: topic)`;
  }
  const repeated = target.options.filter((o) => o.focus?.includes(option.value)).map((o) => o.value);
  if (repeated.length > 0) {
    return `Folgefrage „${option.followUp}“: Antwort ${repeated.map((v) => `„${v}“`).join(', ')} nennt unter focus das Thema „${option.value}“, das schon gewählt ist – das ordnet nichts um; bitte andere Themen nennen`;
  }
  return undefined;
}
