/**
 * Checks on the guide's questions that a schema alone cannot do: answers that are real taxonomy
 * codes for their kind of question, follow-ups that lead somewhere, one question per kind.
 */
import type { Guide, QuestionKind } from './guide-schema';
import { formatPath, type Issue } from './issues';
import { allowedList } from './messages';
import { LIFE_STAGE_CODES, MUNICIPALITY_CODES, TOPIC_CODES } from './taxonomy-codes';

const ALLOWED_VALUES: Record<QuestionKind, readonly string[]> = {
  municipality: MUNICIPALITY_CODES,
  'life-stage': LIFE_STAGE_CODES,
  topic: TOPIC_CODES,
  urgent: ['yes', 'no'],
};

/** Kinds the guide cannot work without; "urgent" is optional. */
const REQUIRED_KINDS: readonly QuestionKind[] = ['municipality', 'life-stage', 'topic'];

export function checkGuide(guide: Guide, root = 'guide'): Issue[] {
  const issues: Issue[] = [];
  const at = (...keys: (string | number)[]) => formatPath([root, 'questions', ...keys]);
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
    const allowed = ALLOWED_VALUES[question.kind];
    const values = new Set<string>();
    question.options.forEach((option, oi) => {
      if (!allowed.includes(option.value)) {
        issues.push({
          path: at(qi, 'options', oi, 'value'),
          message: `„${option.value}“ passt nicht zu einer Frage der Art ${question.kind} – erlaubt sind: ${allowedList(allowed)}`,
          recordId: question.id,
        });
      }
      if (values.has(option.value)) {
        issues.push({
          path: at(qi, 'options', oi, 'value'),
          message: `Antwort „${option.value}“ doppelt`,
          recordId: question.id,
        });
      }
      values.add(option.value);
      if (option.showFor && question.kind !== 'topic') {
        issues.push({
          path: at(qi, 'options', oi, 'showFor'),
          message: 'showFor gibt es nur bei Themen-Fragen (kind: topic)',
          recordId: question.id,
        });
      }
      if (option.followUp !== undefined) {
        const target = ids.get(option.followUp);
        if (target === undefined) {
          issues.push({
            path: at(qi, 'options', oi, 'followUp'),
            message: `Folgefrage „${option.followUp}“ gibt es nicht`,
            recordId: question.id,
          });
        } else if (!guide.questions[target]!.followUpOnly) {
          issues.push({
            path: at(qi, 'options', oi, 'followUp'),
            message: `Folgefrage „${option.followUp}“ muss followUpOnly: true haben, sonst wird sie zweimal gestellt`,
            recordId: question.id,
          });
        }
        followedUp.add(option.followUp);
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
