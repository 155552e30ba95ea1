import type { Role } from '@schakel/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { SessionMe } from '../../auth/utils/SessionContext';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';

interface HomeIntroProps {
  me: SessionMe;
  role: Role;
  /** What this role does in Schakel, already translated. */
  description: string;
  /** The pages this role works in, with translated labels. */
  links?: readonly { to: string; label: string }[];
}

/** The part every home page shares: welcome, who you work for, and what your role is for. */
export function HomeIntro({ me, role, description, links = [] }: HomeIntroProps) {
  const t = useT();
  const roleHeadingId = useId();
  return (
    <div className="schakel-flow">
      <Heading level={1}>{t('home.welcome', { name: me.user.displayName })}</Heading>
      <Paragraph lead>
        {t('home.context', { agency: me.agency.name, region: me.region.name })}
      </Paragraph>
      <section aria-labelledby={roleHeadingId}>
        <Heading level={2} id={roleHeadingId}>
          {t('home.roleHeading', { role: t(`role.${role}`) })}
        </Heading>
        <Paragraph>{description}</Paragraph>
        {links.map((link) => (
          <Paragraph key={link.to}>
            <RouterLink to={link.to}>{link.label}</RouterLink>
          </Paragraph>
        ))}
      </section>
      <Paragraph>
        <RouterLink to="/account">{t('home.accountLink')}</RouterLink>
      </Paragraph>
    </div>
  );
}
