import { Column, DataSource, Entity, PrimaryColumn } from 'typeorm';
import { insertMany, insertValues } from './bulk-insert';

@Entity('samples')
class SampleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  name!: string | null;

  @Column({ type: 'boolean', default: false })
  flag!: boolean;

  @Column({ type: 'double precision' })
  position!: number;

  @Column({ type: 'integer', nullable: true })
  count!: number | null;

  @Column({ type: 'datetime' })
  at!: Date;

  @Column({
    type: 'text',
    nullable: true,
    transformer: {
      to: (value) => (value == null ? null : JSON.stringify(value)),
      from: (value) => (value === null ? null : JSON.parse(value)),
    },
  })
  tags!: string[] | null;
}

const WHEN = new Date('2026-03-04T05:06:07.089Z');

function sample(id: number, overrides: Partial<SampleEntity> = {}): SampleEntity {
  return Object.assign(new SampleEntity(), {
    id: `s${id}`,
    name: `Name ${id}`,
    flag: id % 2 === 0,
    position: id * 1.5,
    count: id,
    at: WHEN,
    tags: ['a', `t${id}`],
    ...overrides,
  });
}

describe('bulk inserts on SQLite', () => {
  let database: DataSource;

  beforeEach(async () => {
    database = new DataSource({ type: 'sqlite', database: ':memory:', entities: [SampleEntity], synchronize: true });
    await database.initialize();
  });
  afterEach(() => database.destroy());

  /** What SQLite holds, with each value's storage class, so an integer stored as text (or a real) shows. */
  const stored = (table = 'samples') =>
    database.query(
      `SELECT id, name, typeof(name) tn, flag, typeof(flag) tf, position, typeof(position) tp, count, typeof(count) tc, at, tags FROM ${table} ORDER BY id`,
    );

  it('stores every row exactly as TypeORM saves it, whether a column varies down the rows or not', async () => {
    const rows = [
      sample(1),
      sample(2, { name: null, count: null }),
      sample(3, { position: 3_000_000_000, tags: null }),
      sample(4, { name: 'O\'Brien "quoted" 💡' }),
    ];
    await database.getRepository(SampleEntity).save(rows);
    const saved = await stored();
    await database.query('DELETE FROM samples');

    await insertMany(database.manager, SampleEntity, rows);
    expect(await stored()).toEqual(saved);
  });

  it('binds a value once when every row shares it, keeping its type', async () => {
    // Every column is the same down the rows apart from the id: numbers, booleans and nulls must not become text.
    const rows = [1, 2, 3].map((id) => sample(id, { name: null, flag: true, position: 2.5, count: 7, tags: ['x'] }));
    rows.forEach((row) => (row.id = `same-${row.id}`));
    await database.getRepository(SampleEntity).save(rows);
    const saved = await stored();
    await database.query('DELETE FROM samples');

    await insertMany(database.manager, SampleEntity, rows);
    const inserted = await stored();
    expect(inserted).toEqual(saved);
    expect(inserted[0]).toMatchObject({ tn: 'null', tf: 'integer', tp: 'real', tc: 'integer' });
  });

  it('keeps the type of each value, whether it is bound once for all rows or read from each row', async () => {
    // Untyped columns keep whatever they are given, so a number that turned into text would show.
    await database.query('CREATE TABLE pairs (a, b, c, d)');
    await insertValues(database.manager, 'pairs', ['a', 'b', 'c', 'd'], [[1, 'x', 2.5, true]]);
    await insertValues(
      database.manager,
      'pairs',
      ['a', 'b', 'c', 'd'],
      [
        [2, null, 2.5, false],
        [2, undefined, 3.5, true],
      ],
    );
    // Left out (undefined) is stored as null, whether it differs down the rows or not.
    await insertValues(
      database.manager,
      'pairs',
      ['a', 'b', 'c', 'd'],
      [
        [3, undefined, 1, undefined],
        [4, undefined, 1, undefined],
      ],
    );
    expect(
      await database.query(
        'SELECT a, typeof(a) ta, b, typeof(b) tb, c, typeof(c) tc, d, typeof(d) td FROM pairs ORDER BY rowid',
      ),
    ).toEqual([
      { a: 1, ta: 'integer', b: 'x', tb: 'text', c: 2.5, tc: 'real', d: 1, td: 'integer' },
      { a: 2, ta: 'integer', b: null, tb: 'null', c: 2.5, tc: 'real', d: 0, td: 'integer' },
      { a: 2, ta: 'integer', b: null, tb: 'null', c: 3.5, tc: 'real', d: 1, td: 'integer' },
      { a: 3, ta: 'integer', b: null, tb: 'null', c: 1, tc: 'integer', d: null, td: 'null' },
      { a: 4, ta: 'integer', b: null, tb: 'null', c: 1, tc: 'integer', d: null, td: 'null' },
    ]);
  });
});
