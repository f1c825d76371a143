import { TestPlenary, eventually } from '@app/testing';

/**
 * The outbox relay's LISTEN connection dies (as in a PostgreSQL restart); the relay opens a new one
 * from its poll loop, so commits wake it at once again instead of waiting for the 2 s poll.
 */
describe('outbox relay re-listens after its LISTEN connection is lost', () => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start();
  });

  afterAll(async () => {
    await plenary?.close();
  });

  const listeners = (): Promise<{ pid: number }[]> =>
    plenary.dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN plenary_outbox'`,
    );

  it('terminated twice, it is listening again on a new connection each time', async () => {
    await plenary.startWorker();
    try {
      const [first] = await eventually(async () => ((await listeners()).length === 1 ? listeners() : undefined));
      let current = first.pid;
      for (let round = 0; round < 2; round++) {
        await plenary.dataSource.query('SELECT pg_terminate_backend($1)', [current]);
        const [next] = await eventually(async () => {
          const rows = await listeners();
          return rows.length === 1 && rows[0].pid !== current ? rows : undefined;
        }, 15_000);
        current = next.pid;
      }
      // And a commit wakes it: an email written with its job is relayed and sent.
      const [{ id }] = await plenary.dataSource.query<{ id: string }[]>(
        `WITH e AS (INSERT INTO email_messages (to_address, subject, text_body) VALUES ('relisten@example.org', 'Relisten', 'Hi') RETURNING id),
              j AS (INSERT INTO outbox_jobs (name, payload, job_id) SELECT 'mail.send', jsonb_build_object('emailId', id), 'mail.send-' || id FROM e)
         SELECT id, pg_notify('plenary_outbox', '') FROM e`,
      );
      await eventually(async () => {
        const [row] = await plenary.dataSource.query<{ status: string }[]>(
          'SELECT status FROM email_messages WHERE id = $1',
          [id],
        );
        return row.status === 'SENT';
      }, 15_000);
    } finally {
      await plenary.stopWorker();
    }
  }, 60_000);
});
