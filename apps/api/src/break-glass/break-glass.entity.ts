import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A procesregisseur's flagged opening of one case, valid until expires_at. */
@Entity({ name: 'break_glass' })
export class BreakGlassEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId!: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @Column({ name: 'agency_id', type: 'uuid' }) agencyId!: string;
  /** At least 20 characters. */
  @Column({ type: 'text' }) reason!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
}
