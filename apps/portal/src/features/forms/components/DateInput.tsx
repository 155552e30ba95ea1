import { parseDutchDate, type DatePrecision } from '@schakel/domain';
import { Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import './DateInput.css';

export interface DateInputProps {
  id: string;
  name?: string;
  /** The field's label, read out as the calendar button's description. */
  label: string;
  /**
   * The form's value: the canonical date ("1987-11-02"; with `partial` also "1987-11", "1987")
   * once the typed text reads as one, else the typed text (so the form's check reports it).
   */
  value: string;
  onChange: (value: string) => void;
  /** A date of birth as the BRP records it: the year, or year and month, may be all that is known. */
  partial?: boolean;
  /** Bounds for the calendar (YYYY-MM-DD); the form's own check enforces them. */
  min?: string;
  max?: string;
  invalid?: boolean;
  /** The ids of the field's error and hint (LabelledField's aria). */
  describedBy?: string;
  autoComplete?: string;
  ref?: Ref<HTMLInputElement>;
}

/** The typed form of a canonical date, to edit: "2-11-1987", "nov 1987", "1987". */
function editable(value: string, locale: 'nl' | 'en'): string {
  const parsed = parseDutchDate(value, { partial: true });
  if (!parsed.ok || parsed.value !== value) return value;
  if (parsed.precision === 'DAY') {
    const [y, m, d] = value.split('-').map(Number);
    return `${d}-${m}-${y}`;
  }
  return parsed.precision === 'MONTH' ? formatDate(value, locale) : value;
}

/**
 * The one date field of the portal: accepts what Dutch professionals type ("2-11-1987",
 * "02-11-1987", "2 nov 1987", "2 november 1987", "1987-11-02"), says how it read the text, and
 * offers the browser's own calendar behind a button. Typing always works: the calendar is a help.
 */
export function DateInput({
  id,
  name,
  label,
  value,
  onChange,
  partial = false,
  min,
  max,
  invalid = false,
  describedBy,
  autoComplete = 'off',
  ref,
}: DateInputProps) {
  const { t, locale } = useI18n();
  const baseId = useId();
  const readingId = `${baseId}-reading`;
  const forId = `${baseId}-for`;
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => editable(value, locale));
  const emitted = useRef(value);

  // A value set from outside (a reset, a prefilled form) replaces what is typed.
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(editable(value, locale));
    }
  }, [value, locale]);

  const change = (typed: string) => {
    setText(typed);
    const parsed = parseDutchDate(typed, { partial });
    const next = parsed.ok ? parsed.value : typed.trim();
    emitted.current = next;
    onChange(next);
  };

  const parsed = parseDutchDate(text, { partial });
  const reading = readingOf(parsed, locale, t);
  const day = parsed.ok && parsed.precision === 'DAY' ? parsed.value : '';

  const openCalendar = () => {
    const input = picker.current;
    if (!input) return;
    try {
      input.showPicker();
    } catch {
      input.focus();
    }
  };

  return (
    <div className="schakel-date-input">
      <div className="schakel-date-input__row">
        <Textbox
          ref={ref}
          id={id}
          name={name}
          className="schakel-date-input__text"
          invalid={invalid}
          aria-describedby={
            [describedBy, reading && readingId].filter(Boolean).join(' ') || undefined
          }
          autoComplete={autoComplete}
          spellCheck={false}
          value={text}
          onChange={(event) => change(event.target.value)}
        />
        <button
          type="button"
          className="schakel-date-input__button"
          aria-label={t('date.pick')}
          aria-describedby={forId}
          title={t('date.pick')}
          onClick={openCalendar}
        >
          {/* Which field the calendar is for, as its description: the label stays the field's. */}
          <span id={forId} hidden>
            {label}
          </span>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            <path
              fill="currentColor"
              d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 8h14V6H5v2Zm2 4h3v3H7v-3Z"
            />
          </svg>
        </button>
        {/* The browser's calendar, opened by the button; the text field is what is read out. */}
        <input
          ref={picker}
          type="date"
          className="schakel-date-input__picker"
          tabIndex={-1}
          aria-hidden="true"
          min={min}
          max={max}
          value={day}
          onChange={(event) => {
            if (event.target.value) change(editable(event.target.value, locale));
          }}
        />
      </div>
      {reading && (
        <span id={readingId} className="schakel-date-input__reading">
          {reading}
        </span>
      )}
    </div>
  );
}

function readingOf(
  parsed: ReturnType<typeof parseDutchDate>,
  locale: 'nl' | 'en',
  t: ReturnType<typeof useI18n>['t'],
): string | null {
  if (!parsed.ok) {
    return parsed.code === 'PARTIAL' ? t('date.needsDay') : null;
  }
  const date = formatDate(parsed.value, locale);
  const key: Record<DatePrecision, 'date.reading' | 'date.readingMonth' | 'date.readingYear'> = {
    DAY: 'date.reading',
    MONTH: 'date.readingMonth',
    YEAR: 'date.readingYear',
  };
  return t(key[parsed.precision], { date });
}
