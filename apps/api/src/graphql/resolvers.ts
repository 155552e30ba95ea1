import { AuthResolver } from '../auth/auth.resolver';

/** Every resolver class, for printing the schema without a database. */
export const RESOLVERS = [AuthResolver];
