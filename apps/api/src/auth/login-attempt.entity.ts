import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One login attempt, kept for throttling. The account is stored as a keyed hash of the e-mail
 * address, so the table holds no readable login names.
 */
@Entity({ name: 'login_attempt' })
@Index(['accountKey', 'attemptedAt'])
@Index(['sourceAddress', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ name: 'account_key', type: 'text' })
  accountKey!: string;

  @Column({ name: 'source_address', type: 'text' })
  sourceAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;
}
