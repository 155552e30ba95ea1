import type { monitoringNl } from './nl';

/** English texts of this feature: every Dutch key, translated. */
export const monitoringEn: Record<keyof typeof monitoringNl, string> = {};
