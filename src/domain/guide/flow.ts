/**
 * The order of the guide's questions for one family: the questions from the data, with a
 * follow-up inserted right after the question whose chosen answer asks for it, and topic answers
 * narrowed to those that fit the chosen life stages.
 */
import type { Guide, GuideOption, GuideQuestion } from '../directory/guide-schema';
import { MUNICIPALITY_CODES } from '../directory/taxonomy-codes';
import type { Answers } from './answers';

/** Chosen values per question id (`town`, `who` …); a missing or empty list means skipped or not yet asked. */
export type GuideAnswers = Readonly<Record<string, readonly string[]>>;

export function questionSequence(guide: Guide, chosen: GuideAnswers): GuideQuestion[] {
  const byId = new Map(guide.questions.map((q) => [q.id, q]));
  const sequence: GuideQuestion[] = [];
  const visit = (question: GuideQuestion, depth: number) => {
    if (sequence.includes(question) || depth > guide.questions.length) return; // a loop in the data cannot hang the app
    sequence.push(question);
    const values = chosen[question.id] ?? [];
    for (const option of question.options) {
      const next = option.followUp !== undefined ? byId.get(option.followUp) : undefined;
      if (next && values.includes(option.value)) visit(next, depth + 1);
    }
  };
  for (const question of guide.questions) if (!question.followUpOnly) visit(question, 0);
  return sequence;
}

/** The life stages chosen anywhere in the answers. */
function chosenLifeStages(guide: Guide, chosen: GuideAnswers): string[] {
  return guide.questions.filter((q) => q.kind === 'life-stage').flatMap((q) => chosen[q.id] ?? []);
}

/** Answers to offer: a topic or focus with `showFor` only when one of its life stages was chosen, or none was. */
export function visibleOptions(guide: Guide, question: GuideQuestion, chosen: GuideAnswers): GuideOption[] {
  if (question.kind !== 'topic' && question.kind !== 'focus') return question.options;
  const stages = chosenLifeStages(guide, chosen);
  if (stages.length === 0) return question.options;
  return question.options.filter((o) => !o.showFor || o.showFor.some((stage) => stages.includes(stage)));
}

/** What matching needs, from the guide's answers. Values that are not answers of the question are ignored. */
export function toMatchAnswers(guide: Guide, chosen: GuideAnswers): Answers {
  const answers: Answers = { lifeStages: [], topics: [] };
  for (const question of questionSequence(guide, chosen)) {
    const values = chosen[question.id] ?? [];
    switch (question.kind) {
      case 'municipality': {
        const town = values.find((v) => MUNICIPALITY_CODES.includes(v));
        if (town !== undefined) answers.municipality = town;
        break;
      }
      case 'life-stage':
        answers.lifeStages.push(...values.filter((v) => question.options.some((o) => o.value === v)));
        break;
      case 'topic':
        answers.topics.push(...values.filter((v) => question.options.some((o) => o.value === v)));
        break;
      case 'urgent':
        if (values.includes('yes')) answers.urgent = true;
        break;
      case 'focus':
        for (const option of question.options) {
          if (!values.includes(option.value)) continue;
          const focus = (answers.focus ??= []);
          for (const topic of option.focus ?? []) if (!focus.includes(topic)) focus.push(topic);
        }
        break;
    }
  }
  return answers;
}

/**
 * The answers chosen to the focus questions that were asked (for "Ihre Antworten"); an answer to a
 * follow-up whose topic is no longer chosen, or a value the question does not have, is left out.
 */
export function chosenFocusOptions(guide: Guide, chosen: GuideAnswers): GuideOption[] {
  return questionSequence(guide, chosen)
    .filter((question) => question.kind === 'focus')
    .flatMap((question) => question.options.filter((option) => (chosen[question.id] ?? []).includes(option.value)));
}
