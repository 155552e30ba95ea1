import type { AgencyType } from '@schakel/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RegionEntity } from '../regions/region.entity';

/** A chain partner organisation within one region. */
@Entity({ name: 'agency' })
@Index(['regionId', 'name'], { unique: true })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: RegionEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: AgencyType;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
