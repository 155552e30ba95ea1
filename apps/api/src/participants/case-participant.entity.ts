import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ParticipantRole } from './participant.enums';

/** An agency's participation in a case: active until its end (none yet, or one in the future). */
@Entity({ name: 'case_participant' })
export class CaseParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  @Column({ type: 'text' }) role!: ParticipantRole;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'legal_basis', type: 'text' }) legalBasis!: string;
  @Column({ name: 'started_at', type: 'timestamptz' }) startedAt!: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt!: Date | null;
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason!: string | null;
  @Column({ name: 'added_by_user_id', type: 'uuid', nullable: true }) addedByUserId!: string | null;
  @Column({ name: 'ended_by_user_id', type: 'uuid', nullable: true }) endedByUserId!: string | null;
}
