import { AppError } from '../graphql/app-error';

/** Refusals of the covenant's own rules: the legal ceiling and four eyes. */
export class CovenantError extends AppError {
  constructor(
    code: 'COVENANT_ABOVE_CEILING' | 'COVENANT_OWN_PROPOSAL',
    message: string,
    field: string,
  ) {
    super(code, message, { field });
  }
}
