import { RoleHome } from '../features/home/components/RoleHome';
import { useT } from '../features/i18n/hooks/useT';
import { useDocumentTitle } from '../features/shell/hooks/useDocumentTitle';

export function HomePage() {
  const t = useT();
  useDocumentTitle(t('home.title'));
  return <RoleHome />;
}
