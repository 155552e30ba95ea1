import type { agreedApproachNl } from './nl';

/** English texts of this feature: every Dutch key, translated. */
export const agreedApproachEn: Record<keyof typeof agreedApproachNl, string> = {};
