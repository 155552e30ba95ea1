import type { InformationCategory } from '@schakel/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person's consent: one category to one recipient agency, for one case or all (case_id NULL). */
@Entity({ name: 'consent' })
export class ConsentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'person_id', type: 'uuid' }) personId!: string;
  @Column({ type: 'text' }) category!: InformationCategory;
  @Column({ name: 'recipient_agency_id', type: 'uuid' }) recipientAgencyId!: string;
  @Column({ name: 'case_id', type: 'uuid', nullable: true }) caseId!: string | null;
  @Column({ name: 'recorded_in_case_id', type: 'uuid' }) recordedInCaseId!: string;
  @Column({ name: 'recorded_by_agency_id', type: 'uuid' }) recordedByAgencyId!: string;
  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) parts!: string[];
  @Column({ type: 'text', nullable: true }) evidence!: string | null;
  @Column({ name: 'given_at', type: 'timestamptz' }) givenAt!: Date;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil!: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt!: Date | null;
  @Column({ name: 'withdrawn_by_user_id', type: 'uuid', nullable: true })
  withdrawnByUserId!: string | null;
}
