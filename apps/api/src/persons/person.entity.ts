import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A person cases are about. Name, birth date and address are IDENTITY; the BSN is BSN. */
@Entity({ name: 'person' })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'region_id', type: 'uuid' }) regionId!: string;
  @Column({ name: 'given_names', type: 'text' }) givenNames!: string;
  @Column({ name: 'family_name', type: 'text' }) familyName!: string;
  /** The first day of what is known; see `dateOfBirthPrecision`. */
  @Column({ name: 'date_of_birth', type: 'date' }) dateOfBirth!: string;
  /** YEAR, MONTH or DAY: how much of the date of birth the BRP (or the referrer) knows. */
  @Column({ name: 'date_of_birth_precision', type: 'text', default: 'DAY' })
  dateOfBirthPrecision!: string;
  /** Nine digits passing the 11-proof; unique per region. */
  @Column({ type: 'text', nullable: true }) bsn!: string | null;
  @Column({ type: 'text', nullable: true }) street!: string | null;
  @Column({ name: 'house_number', type: 'text', nullable: true }) houseNumber!: string | null;
  @Column({ type: 'text', nullable: true }) postcode!: string | null;
  @Column({ type: 'text', nullable: true }) city!: string | null;
  @Column({ type: 'text', nullable: true }) wijk!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
