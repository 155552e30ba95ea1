import type { plansNl } from './nl';

/** English texts of this feature: every Dutch key, translated. */
export const plansEn: Record<keyof typeof plansNl, string> = {};
