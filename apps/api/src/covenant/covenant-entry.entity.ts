import type { AgencyType, InformationCategory } from '@schakel/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** agency type (or one agency) × category → read / write / read_summary, within one version. */
@Entity({ name: 'covenant_entry' })
export class CovenantEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' }) id!: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'agency_type', type: 'text', nullable: true }) agencyType!: AgencyType | null;
  @Column({ name: 'agency_id', type: 'uuid', nullable: true }) agencyId!: string | null;
  @Column({ type: 'text' }) category!: InformationCategory;
  @Column({ type: 'boolean' }) read!: boolean;
  @Column({ type: 'boolean' }) write!: boolean;
  @Column({ name: 'read_summary', type: 'boolean' }) readSummary!: boolean;
}
