import type { ReactNode } from 'react';
import type { Access } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { Withheld } from './Withheld';

interface ProtectedTextProps {
  value: { access: Access; value?: string | null | undefined };
  /** How to show a value that is there, e.g. a formatted date. */
  format?: (value: string) => ReactNode;
}

/** A personal value under the covenant: the value, "afgeschermd", or "niet vastgelegd". */
export function ProtectedText({ value, format }: ProtectedTextProps) {
  const t = useT();
  if (value.access === 'WITHHELD') return <Withheld />;
  if (value.value === null || value.value === undefined || value.value === '') {
    return <span className="schakel-not-recorded">{t('protected.notRecorded')}</span>;
  }
  return <>{format ? format(value.value) : value.value}</>;
}
