import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sessions ended by logout before their token expired; rows can go once the token is dead. */
@Entity({ name: 'revoked_session' })
export class RevokedSessionEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
