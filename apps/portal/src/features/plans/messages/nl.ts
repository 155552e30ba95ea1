/** Dutch texts of this feature; merged into the app catalogue (features/i18n/messages/nl.ts). */
export const plansNl = {} satisfies Record<string, string>;
