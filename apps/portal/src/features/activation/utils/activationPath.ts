/**
 * Where an activation link points (the API's administration/activation-token.ts). A module of its
 * own: the shell's routes need only this, not the activation form's checks.
 */
export const ACTIVATION_PATH = '/activeren';
