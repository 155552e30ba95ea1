import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One version of a region's covenant; append-only (a database trigger refuses changes). */
@Entity({ name: 'covenant_version' })
@Unique(['regionId', 'version'])
export class CovenantVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  /** "Current" is the highest version of the region. */
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
