import { Button, Textbox } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import { searchPath } from '../utils/searchPath';
import './search.css';

interface SearchFormProps {
  /** The text to start with (the search shown on the results page). */
  initialText?: string;
  /** `header`: compact, in the site header; `page`: on the results page. */
  variant: 'header' | 'page';
}

/** Searches cases: the header's box on every page, and the box on the results page. */
export function SearchForm({ initialText = '', variant }: SearchFormProps) {
  const t = useT();
  const navigate = useNavigate();
  const inputId = useId();
  const [text, setText] = useState(initialText);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(searchPath(text));
  }

  return (
    <form
      role="search"
      className={`schakel-search schakel-search--${variant}`}
      onSubmit={submit}
      aria-label={variant === 'header' ? t('search.label') : t('search.again')}
    >
      <label
        htmlFor={inputId}
        className={variant === 'header' ? 'schakel-visually-hidden' : 'utrecht-form-label'}
      >
        {t('search.label')}
      </label>
      <div className="schakel-search__row">
        <Textbox
          id={inputId}
          type="search"
          name="q"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          placeholder={variant === 'header' ? t('search.placeholder') : undefined}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="schakel-search__input"
        />
        <Button type="submit" appearance="secondary-action-button">
          {variant === 'header' ? t('search.headerSubmit') : t('search.submit')}
        </Button>
      </div>
    </form>
  );
}
