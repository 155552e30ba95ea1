import type { referralsNl } from './nl';

/** English texts of this feature: every Dutch key, translated. */
export const referralsEn: Record<keyof typeof referralsNl, string> = {};
