import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from './RouterLink';

interface AppNameProps {
  /** Links to the home page once there is one to go to (i.e. when signed in). */
  linkToHome?: boolean;
}

export function AppName({ linkToHome = false }: AppNameProps) {
  const t = useT();
  const name = <span className="schakel-app-name__text">{t('app.name')}</span>;
  return (
    <div className="schakel-app-name">
      {linkToHome ? (
        <RouterLink to="/" className="schakel-app-name__link">
          {name}
        </RouterLink>
      ) : (
        name
      )}
      {/* Signed in, the name links home and the tagline gives way to the search and controls. */}
      {!linkToHome && <span className="schakel-app-name__tagline">{t('app.tagline')}</span>}
    </div>
  );
}
