import { Foundation1763800000000 } from './1763800000000-foundation';

/** Every migration, in order. Listed explicitly so bundling or ts-jest cannot miss one. */
export const MIGRATIONS = [Foundation1763800000000];
