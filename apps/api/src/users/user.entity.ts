import type { Role } from '@schakel/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A professional who signs in; belongs to exactly one agency (and so one region). */
@Entity({ name: 'app_user' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /**
   * The agency (foreign key in the migrations). An id, not a relation object, like every entity
   * that points into another feature: users/ sits below agencies/ in the folder order.
   */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  /**
   * The agency's region, filled in by the database on insert (trigger app_user_region) and held
   * to the agency by a foreign key; references to users include it, so no row names a user of
   * another region.
   */
  @Column({ name: 'region_id', type: 'uuid', insert: false, update: false })
  regionId!: string;

  /** Stored lower-cased; unique across all regions (it is the login name). */
  @Column({ type: 'text', unique: true })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  @Column({ name: 'password_hash', type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ name: 'session_generation', type: 'integer' })
  sessionGeneration!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
