import { SetMetadata } from '@nestjs/common';

export const STEP_UP_KEY = 'schakel:step-up';

/**
 * The operation asks for a fresh second factor: this session proved one within the last
 * STEP_UP_MINUTES (login or `stepUp`), else STEP_UP_REQUIRED, which the portal answers by asking
 * for a code and trying again. Checked by the AccessGuard after the roles (ADR 0017).
 */
export const RequireStepUp = () => SetMetadata(STEP_UP_KEY, true);
