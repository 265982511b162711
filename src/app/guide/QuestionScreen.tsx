import { useEffect } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { Guide, GuideQuestion } from '../../domain/directory/guide-schema';
import { questionSequence, visibleOptions, type GuideAnswers } from '../../domain/guide/flow';
import { ScreenTitle } from '../ui/ScreenTitle';
import { preloadScreen } from '../lazy-screens';
import { releaseFocus } from '../ui/ScreenTitle';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { DirectoryGate } from '../ui/DirectoryGate';
import { DirectoryText } from '../ui/DirectoryText';
import { TOWNS } from '../../domain/towns';
import { warmUpResults } from '../results/warm-up';
import { ReadAloud } from '../speech/ReadAloud';
import { questionSpeech } from '../speech/spoken-text';
import { answersQuery, questionPath, resultsPath, toggleValue, withAnswer } from './answers-url';
import { GuideIcon } from './GuideIcon';
import { TownChoice } from './TownChoice';
import { useGuide } from './use-guide';
import './guide.css';
import { CardLink } from '../ui/CardLink';
import { whenIdle } from '../timing/when-idle';

/**
 * One question of the guide per screen (`/fragen/2?town=…&who=…`). Single-choice answers move on at
 * once; several answers need "Weiter"; every question can be skipped. The answers are only in the URL.
 */
export function QuestionScreen() {
  const t = useT();
  const { code } = useLanguage();
  const { params } = useRoute();
  const { route } = useLocation();
  const { state, guide, answers, query } = useGuide();
  const sequence = guide ? questionSequence(guide, answers) : [];
  const wanted = Number.parseInt(params.step ?? '', 10);
  const step = Number.isInteger(wanted) && wanted >= 1 ? wanted : 1;
  const question = sequence[step - 1];

  // The results come after the last answer: have their code, formatting data and entries ready by
  // then, prepared while the phone is idle (again once the services have been read).
  const directory = state.directory;
  useEffect(() => {
    whenIdle(
      () => {
        preloadScreen('/ergebnisse');
        warmUpResults(code, t, directory);
      },
      5000,
      0,
    );
  }, [code, t, directory]);

  // A step past the last question (a follow-up was answered away, an old link): the results.
  useEffect(() => {
    if (guide && !question) route(resultsPath(query), true);
  }, [guide, question, query, route]);

  if (!guide) return <DirectoryGate state={state} title={t('guide.title')} />;
  if (!question) return null;

  const chosen = answers[question.id] ?? [];
  const next = (after: GuideAnswers) => {
    const following = questionSequence(guide, after);
    const nextQuery = answersQuery(guide, after);
    // This question's entry in the history keeps the answer too, so the browser's back button shows it chosen.
    route(questionPath(step, nextQuery), true);
    if (step < following.length) route(questionPath(step + 1, nextQuery));
    else {
      releaseFocus();
      route(resultsPath(nextQuery));
    }
  };
  const choose = (value: string) => next(withAnswer(answers, question.id, [value]));
  const toggle = (value: string) =>
    route(questionPath(step, answersQuery(guide, withAnswer(answers, question.id, toggleValue(chosen, value)))), true);

  const text = textIn(question.text, code);
  const progress = t('guide.progress', { step: String(step), total: String(sequence.length) });
  // Read aloud: the question, its help, then every answer as shown (in German where the guide has no translation).
  const spoken =
    question.kind === 'municipality'
      ? questionSpeech(question, [], code, t, {
          uiAnswers: ['guide.useLocation'],
          plainAnswers: TOWNS.map((town) => town.name),
        })
      : questionSpeech(
          question,
          visibleOptions(guide, question, answers).map((option) => option.label),
          code,
          t,
        );
  return (
    <section
      class="stack guide-question"
      data-question={question.id}
      data-multiple={question.multiple ? '' : undefined}
    >
      <ScreenTitle title={`${progress}: ${text}`}>
        <DirectoryText text={question.text} />
      </ScreenTitle>
      <ReadAloud text={spoken.text} lang={spoken.lang} />
      <div class="progress-block">
        <p id="guide-progress" class="note">
          {progress}
        </p>
        <div
          class="progress-bar"
          role="progressbar"
          aria-labelledby="guide-progress"
          aria-valuemin={1}
          aria-valuemax={sequence.length}
          aria-valuenow={step}
          aria-valuetext={progress}
        >
          <span style={{ inlineSize: `${(step / sequence.length) * 100}%` }} />
        </div>
      </div>
      {question.help && (
        <p class="lead">
          <DirectoryText text={question.help} />
        </p>
      )}
      {question.kind === 'municipality' ? (
        <TownChoice chosen={chosen} onChoose={choose} />
      ) : (
        <Options
          guide={guide}
          question={question}
          answers={answers}
          chosen={chosen}
          onChoose={question.multiple ? toggle : choose}
        />
      )}
      <div class="guide-nav">
        {question.multiple && (
          <button type="button" class="button" onClick={() => next(answers)}>
            {t('guide.next')}
            <Icon shape={icons.forward} size={20} />
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          onClick={() => next(withAnswer(answers, question.id, []))}
        >
          {t('guide.skip')}
        </button>
        <a class="button button-secondary" href={step > 1 ? questionPath(step - 1, query) : '/'}>
          <Icon shape={icons.back} size={20} />
          {t('guide.back')}
        </a>
      </div>
      <CardLink
        href="/suche#suchfeld"
        title={t('guide.searchMyself')}
        hint={t('guide.searchMyselfHint')}
        icon={icons.search}
      />
    </section>
  );
}

function Options({
  guide,
  question,
  answers,
  chosen,
  onChoose,
}: {
  guide: Guide;
  question: GuideQuestion;
  answers: GuideAnswers;
  chosen: readonly string[];
  onChoose: (value: string) => void;
}) {
  const options = visibleOptions(guide, question, answers);
  return (
    <ul class={question.kind === 'urgent' ? 'plain-list option-list' : 'plain-list option-grid'}>
      {options.map((option) => (
        <li key={option.value}>
          <button
            type="button"
            class={option.icon === 'alert' ? 'option-button option-urgent' : 'option-button'}
            aria-pressed={chosen.includes(option.value)}
            onClick={() => onChoose(option.value)}
          >
            {option.icon && <GuideIcon name={option.icon} />}
            <span>
              <DirectoryText text={option.label} />
              {option.hint && (
                <span class="option-hint">
                  <DirectoryText text={option.hint} />
                </span>
              )}
            </span>
            {question.multiple && <span class="option-check" aria-hidden="true" />}
          </button>
        </li>
      ))}
    </ul>
  );
}
