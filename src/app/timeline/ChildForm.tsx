import { useState } from 'preact/hooks';
import { addMonths, addYears, compareDates, formatIsoDate, parseIsoDate } from '../../domain/timeline/calendar-date';
import { TOWNS } from '../../domain/towns';
import { useT } from '../i18n';
import { newChildId, saveChild } from './children';
import { today } from './dates';

/** Why a typed date cannot be used (the key under timeline.error); undefined when it is fine. */
function dateProblem(text: string, expected: boolean, now = today()): string | undefined {
  const date = parseIsoDate(text);
  if (!date) return 'date';
  if (expected) {
    if (compareDates(date, addMonths(now, -1)) < 0) return 'dueLongPast';
    if (compareDates(date, addMonths(now, 10)) > 0) return 'dueTooFar';
  } else {
    if (compareDates(date, now) > 0) return 'birthFuture';
    if (compareDates(date, addYears(now, -18)) < 0) return 'tooOld';
  }
  return undefined;
}

/** Enter a child: born (date of birth) or expected (due date), an optional nickname and town. */
export function ChildForm({ inVisit, onSaved }: { inVisit: boolean; onSaved: (id: string) => void }) {
  const t = useT();
  const [expected, setExpected] = useState(false);
  const [date, setDate] = useState('');
  const [nickname, setNickname] = useState('');
  const [town, setTown] = useState('');
  const [error, setError] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = dateProblem(date, expected);
    if (problem) {
      setError(t(`timeline.error.${problem}`));
      return;
    }
    const id = newChildId();
    try {
      await saveChild(
        {
          id,
          date: formatIsoDate(parseIsoDate(date)!),
          expected,
          ...(nickname.trim() ? { nickname: nickname.trim().slice(0, 40) } : {}),
          ...(town ? { town } : {}),
          savedAt: Date.now(),
        },
        inVisit,
      );
      setError('');
      setDate('');
      setNickname('');
      onSaved(id);
    } catch {
      setError(t('timeline.saveFailed'));
    }
  };

  return (
    <form class="timeline-form stack-small" onSubmit={submit} noValidate>
      <fieldset class="stack-small">
        <legend>{t('timeline.kindQuestion')}</legend>
        <label class="timeline-choice">
          <input type="radio" name="child-kind" checked={!expected} onChange={() => setExpected(false)} />
          <span>{t('timeline.kindBorn')}</span>
        </label>
        <label class="timeline-choice">
          <input type="radio" name="child-kind" checked={expected} onChange={() => setExpected(true)} />
          <span>{t('timeline.kindExpected')}</span>
        </label>
      </fieldset>
      <label class="field">
        <span>{expected ? t('timeline.dueDate') : t('timeline.birthDate')}</span>
        <input
          id="child-date"
          type="date"
          value={date}
          required
          aria-invalid={error !== '' ? 'true' : undefined}
          aria-describedby={error !== '' ? 'child-date-error' : undefined}
          onInput={(event) => setDate((event.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span>{t('timeline.nickname')}</span>
        <input
          id="child-nickname"
          type="text"
          maxLength={40}
          autocomplete="off"
          value={nickname}
          onInput={(event) => setNickname((event.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span>{t('timeline.town')}</span>
        <select id="child-town" value={town} onChange={(event) => setTown((event.target as HTMLSelectElement).value)}>
          <option value="">{t('timeline.townNone')}</option>
          {TOWNS.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      <p id="child-date-error" class="form-error" role="alert">
        {error}
      </p>
      <button type="submit" class="button">
        {inVisit ? t('timeline.showOnly') : t('timeline.save')}
      </button>
      <p class="note">{inVisit ? t('timeline.visitNotStored') : t('timeline.storedOnPhone')}</p>
    </form>
  );
}
