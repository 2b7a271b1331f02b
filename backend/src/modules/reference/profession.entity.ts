import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('professions')
export class ProfessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'boolean', default: false })
  shortage!: boolean;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 0 })
  sortOrder!: number;
}
