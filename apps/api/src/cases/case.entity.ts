import type { CaseStatus } from '@schakel/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { CaseTheme } from './case.enums';

/** A case (casus) about one person; `case` is an SQL keyword, hence the table name. */
@Entity({ name: 'case_file' })
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ type: 'text' }) reference!: string;
  @Column({ name: 'subject_person_id', type: 'uuid' }) subjectPersonId!: string;
  @Column({ type: 'text' }) theme!: CaseTheme;
  @Column({ type: 'text' }) status!: CaseStatus;
  @Column({ name: 'referring_agency_id', type: 'uuid' }) referringAgencyId!: string;
  @Column({ name: 'casusregisseur_agency_id', type: 'uuid', nullable: true })
  casusregisseurAgencyId!: string | null;
  @Column({ name: 'casusregisseur_user_id', type: 'uuid', nullable: true })
  casusregisseurUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** Changes with participation and information, so the list shows recent work first. */
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
