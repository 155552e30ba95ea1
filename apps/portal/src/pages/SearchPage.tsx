import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../features/i18n/hooks/useT';
import { SearchForm } from '../features/search/components/SearchForm';
import { SearchResults } from '../features/search/components/SearchResults';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function SearchPage() {
  const t = useT();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  useDocumentTitle(text ? t('search.titleFor', { text }) : t('search.title'));
  return (
    <div className="schakel-flow">
      <Heading level={1}>{text ? t('search.titleFor', { text }) : t('search.title')}</Heading>
      <Paragraph>{t('search.intro')}</Paragraph>
      <SearchForm key={text} variant="page" initialText={text} />
      {text ? <SearchResults text={text} /> : <Paragraph>{t('search.empty')}</Paragraph>}
    </div>
  );
}
