import type { InformationCategory } from '@schakel/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Conflict van plichten: one category of one case shared with one agency, with reasoning. */
@Entity({ name: 'conflict_of_duties_decision' })
export class ConflictOfDutiesDecisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ type: 'text' }) category!: InformationCategory;
  @Column({ name: 'recipient_agency_id', type: 'uuid' }) recipientAgencyId!: string;
  @Column({ type: 'text' }) reasoning!: string;
  @Column({ name: 'decided_by_agency_id', type: 'uuid' }) decidedByAgencyId!: string;
  @Column({ name: 'decided_by_user_id', type: 'uuid', nullable: true })
  decidedByUserId!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz' }) decidedAt!: Date;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdrawn_by_user_id', type: 'uuid', nullable: true })
  withdrawnByUserId!: string | null;
}
