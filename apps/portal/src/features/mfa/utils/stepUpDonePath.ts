/** Where a step-up at the agency's provider ends (GET /auth/sso/step-up sends the browser here). */
export const STEP_UP_DONE_PATH = '/sso/bevestigd';
