import { en } from '../messages/en';
import { nl, type Messages } from '../messages/nl';
import type { Locale } from './locale';

export const CATALOGUES: Readonly<Record<Locale, Messages>> = { nl, en };
