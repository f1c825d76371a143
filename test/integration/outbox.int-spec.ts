import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EMAIL_SUBJECTS, EmailOutbox } from '@app/notifications';
import { enqueue, inTransaction, QueueRegistry } from '@app/platform';
import { createOrganisation, createUser, eventually, onQueueBackend, QUEUE_BACKENDS, TestPlenary } from '@app/testing';
import Redis from 'ioredis';

/**
 * The transactional outbox as a person notices it: an email caused while no worker runs is sent
 * once a worker starts, is sent once however often its job is delivered, and the queue holds ids only.
 */
describe.each(QUEUE_BACKENDS)('email outbox (PostgreSQL + BullMQ on %s + worker)', (backend) => {
  let plenary: TestPlenary;

  beforeAll(async () => {
    plenary = await TestPlenary.start(onQueueBackend(backend));
  });

  afterEach(async () => {
    await plenary.stopWorker();
  });

  afterAll(async () => {
    await plenary.close();
  });

  interface EmailRow {
    id: string;
    status: string;
    attempts: number;
    sent_at: Date | null;
  }
  interface OutboxRow {
    id: string;
    name: string;
    job_id: string;
    payload: Record<string, unknown>;
    relayed_at: Date | null;
  }

  const emailsTo = (address: string): Promise<EmailRow[]> =>
    plenary.dataSource.query(
      'SELECT id, status, attempts, sent_at FROM email_messages WHERE to_address = $1 ORDER BY created_at',
      [address],
    );

  const outboxRowsFor = (emailId: string): Promise<OutboxRow[]> =>
    plenary.dataSource.query(
      `SELECT id, name, job_id, payload, relayed_at FROM outbox_jobs WHERE payload->>'emailId' = $1 ORDER BY id`,
      [emailId],
    );

  /** The .eml files in the mail folder that carry this email's Message-ID. */
  const filesOf = (mailDir: string, emailId: string): string[] =>
    readdirSync(mailDir)
      .filter((f) => f.endsWith('.eml'))
      .filter((f) => readFileSync(join(mailDir, f), 'utf8').includes(`<${emailId}@plenary.local>`));

  const requestReset = async (email: string): Promise<void> => {
    const res = await plenary.gql('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: email });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ requestPasswordReset: true });
  };

  /** Waits until every job of the mail queue has run (none waiting, delayed, active or retrying). */
  const mailQueueDrained = () =>
    eventually(async () => {
      const counts = await plenary
        .get(QueueRegistry)
        .get('mail')
        .getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children');
      return Object.values(counts).every((n) => n === 0);
    }, 20_000);

  it('keeps an email caused while the worker is down, and sends it once a worker starts', async () => {
    // A worker ran once (so the mail folder exists) and is now down.
    const mailDir = await plenary.startWorker();
    await plenary.stopWorker();

    const person = await createUser(plenary, { name: 'Ada Downtime' });
    await requestReset(person.email);

    const emails = await emailsTo(person.email);
    expect(emails).toHaveLength(1);
    const email = emails[0];
    expect(email.status).toBe('PENDING');
    const pending = await outboxRowsFor(email.id);
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ name: 'mail.send', job_id: `mail.send-${email.id}`, relayed_at: null });

    // Nobody relays while the worker is down: the row stays, nothing is written.
    await new Promise((r) => setTimeout(r, 500));
    expect((await outboxRowsFor(email.id))[0].relayed_at).toBeNull();
    expect(readdirSync(mailDir).filter((f) => f.endsWith('.eml'))).toEqual([]);

    await plenary.startWorker();

    const file = await eventually(async () => readdirSync(mailDir).find((f) => f === `${email.id}.eml`));
    const eml = readFileSync(join(mailDir, file), 'utf8');
    expect(eml).toContain(`To: ${person.email}`);
    expect(eml).toContain('Subject: Reset your Plenary password');
    expect(eml).toMatch(/\/reset-password#token=[A-Za-z0-9_-]{20,}/);

    const sent = await eventually(async () => {
      const [row] = await emailsTo(person.email);
      return row.status === 'SENT' ? row : undefined;
    });
    expect(sent.attempts).toBe(1);
    expect(sent.sent_at).not.toBeNull();
    // The relay marks its batch relayed when the batch commits, which can be after the job ran.
    const relayed = await eventually(async () => {
      const rows = await outboxRowsFor(email.id);
      return rows[0]?.relayed_at ? rows : undefined;
    });
    expect(relayed).toHaveLength(1);
  });

  it('sends an email once when its job is relayed again after it was sent', async () => {
    const mailDir = await plenary.startWorker();
    const person = await createUser(plenary, { name: 'Bo Twice' });
    await requestReset(person.email);
    const [queued] = await emailsTo(person.email);
    const sent = await eventually(async () => {
      const [row] = await emailsTo(person.email);
      return row.status === 'SENT' ? row : undefined;
    });
    const file = join(mailDir, `${queued.id}.eml`);
    const firstWrite = statSync(file).mtimeMs;

    // A relay that crashed after BullMQ took the job but before marking the row leaves a second row.
    await plenary.dataSource.query(
      `INSERT INTO outbox_jobs (name, payload, job_id) SELECT name, payload, job_id FROM outbox_jobs WHERE payload->>'emailId' = $1`,
      [queued.id],
    );
    // And the same email delivered under another job id: the handler itself must not send twice.
    await plenary
      .get(QueueRegistry)
      .get('mail')
      .add('mail.send', { emailId: queued.id }, { jobId: `again-${queued.id}` });

    await eventually(async () => (await outboxRowsFor(queued.id)).every((r) => r.relayed_at !== null));
    await eventually(
      async () => (await plenary.get(QueueRegistry).get('mail').getJobState(`again-${queued.id}`)) === 'completed',
    );
    await mailQueueDrained();

    expect(await outboxRowsFor(queued.id)).toHaveLength(2);
    const [after] = await emailsTo(person.email);
    expect(after).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(after.sent_at).toEqual(sent.sent_at);
    expect(filesOf(mailDir, queued.id)).toEqual([`${queued.id}.eml`]);
    expect(statSync(file).mtimeMs).toBe(firstWrite);
  });

  it('sends an email once when several deliveries of its job race each other', async () => {
    const mailDir = await plenary.startWorker();
    await plenary.stopWorker();
    const person = await createUser(plenary, { name: 'Cy Race' });
    await requestReset(person.email);
    const [queued] = await emailsTo(person.email);

    // The outbox row twice, and two more deliveries under other ids, all waiting when the worker starts.
    await plenary.dataSource.query(
      `INSERT INTO outbox_jobs (name, payload, job_id) SELECT name, payload, job_id FROM outbox_jobs WHERE payload->>'emailId' = $1`,
      [queued.id],
    );
    const mail = plenary.get(QueueRegistry).get('mail');
    await mail.addBulk(
      [1, 2].map((n) => ({
        name: 'mail.send',
        data: { emailId: queued.id },
        opts: { jobId: `race-${n}-${queued.id}` },
      })),
    );

    await plenary.startWorker();
    await eventually(async () => {
      const [row] = await emailsTo(person.email);
      return row.status === 'SENT';
    });
    await eventually(async () => (await outboxRowsFor(queued.id)).every((r) => r.relayed_at !== null));
    await mailQueueDrained();

    const [after] = await emailsTo(person.email);
    expect(after).toMatchObject({ status: 'SENT', attempts: 1 });
    expect(filesOf(mailDir, queued.id)).toEqual([`${queued.id}.eml`]);
  });

  it('puts ids only in outbox payloads and BullMQ job data — no email, name or organisation', async () => {
    const tag = randomUUID().slice(0, 8);
    const owner = await createUser(plenary, {
      name: `Zebedee Quillfeather ${tag}`,
      email: `zebedee.${tag}@example.org`,
    });
    const admin = await createUser(plenary, { name: `Philippa Inkwell ${tag}`, email: `philippa.${tag}@example.org` });
    const org = await createOrganisation(plenary, admin, { name: `Quillfeather Alliance ${tag}` });
    const invitee = `invitee.${tag}@example.org`;

    await requestReset(owner.email);
    // Registering with a taken email mails the owner (and answers as if it worked).
    const taken = await plenary.gql('mutation($i: RegisterInput!) { register(input: $i) { message } }', {
      i: {
        email: owner.email,
        password: 'another-long-passphrase-for-zebedee',
        displayName: `Impostor Marmaduke ${tag}`,
      },
    });
    expect(taken.errors).toBeUndefined();
    const invited = await plenary.gql(
      'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { id } }',
      { i: { organisationId: org.id, email: invitee, role: 'MEMBER' } },
      admin.token,
    );
    expect(invited.errors).toBeUndefined();

    const secrets = [
      owner.email,
      admin.email,
      invitee,
      `Zebedee Quillfeather ${tag}`,
      `Philippa Inkwell ${tag}`,
      `Impostor Marmaduke ${tag}`,
      org.name,
      tag,
    ];

    // The secrets are really in the outbox emails (so not finding them below means something).
    const emails: { id: string; to_address: string; subject: string; text_body: string }[] =
      await plenary.dataSource.query(
        'SELECT id, to_address, subject, text_body FROM email_messages WHERE to_address = ANY($1)',
        [[owner.email, invitee]],
      );
    expect(emails).toHaveLength(3);
    const emailText = JSON.stringify(emails);
    for (const s of [owner.email, invitee, `Zebedee Quillfeather ${tag}`, org.name]) expect(emailText).toContain(s);

    // Relay and send them, so the jobs (with their data and results) sit in Redis.
    await plenary.startWorker();
    await eventually(async () => {
      const rows: { status: string }[] = await plenary.dataSource.query(
        'SELECT status FROM email_messages WHERE id = ANY($1)',
        [emails.map((e) => e.id)],
      );
      return rows.every((r) => r.status === 'SENT');
    });
    await mailQueueDrained();

    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    const outbox: { name: string; payload: Record<string, unknown> }[] = await plenary.dataSource.query(
      'SELECT name, payload FROM outbox_jobs',
    );
    expect(outbox.length).toBeGreaterThanOrEqual(3);
    for (const { name, payload } of outbox) {
      // The public-read cache's invalidations carry a scope and a transaction id, nothing else.
      if (name === 'public-cache.invalidate')
        expect(payload).toEqual({
          scope: expect.stringMatching(/^(catalogue|submissions|digests)$/),
          tx: expect.stringMatching(/^\d+$/),
        });
      else for (const value of Object.values(payload)) expect(value).toMatch(uuid);
    }
    expectNoneOf(secrets, JSON.stringify(outbox));

    const dump =
      backend === 'redis'
        ? await dumpRedis(plenary.config.REDIS_URL, `${plenary.config.REDIS_PREFIX}:bull:*`)
        : await dumpBullmqSchema(plenary);
    // The scan does see the job data: each email's job is there by its id.
    for (const e of emails) expect(dump).toContain(e.id);
    expectNoneOf(secrets, dump);
  });

  it('schedules the hourly "items waiting" job once, however often workers start', async () => {
    await plenary.startWorker();
    await plenary.stopWorker();
    await plenary.startWorker();
    const queue = plenary.get(QueueRegistry).get('moderation');
    const schedulers = await queue.getJobSchedulers();
    expect(
      schedulers.map((s) => ({ key: s.key, every: Number(s.every) })).sort((a, b) => a.key.localeCompare(b.key)),
    ).toEqual([
      { key: 'moderation.similarity-sweep', every: 60_000 },
      { key: 'moderation.waiting-digest', every: 3600_000 },
    ]);
    // The first run happens at once; then one next run waits an hour ahead, never two.
    const next = await eventually(async () => {
      const delayed = (await queue.getJobs(['delayed'])).filter((j) => j.name === 'moderation.waiting-digest');
      return delayed.length > 0 ? delayed : undefined;
    });
    expect(next).toHaveLength(1);
    expect(next[0].timestamp + next[0].delay - Date.now()).toBeGreaterThan(30 * 60_000);
  });

  it('leaves no outbox row when the transaction that enqueued rolls back', async () => {
    const emailId = randomUUID();
    await expect(
      plenary.dataSource.transaction(async (manager) => {
        await enqueue(manager, { name: 'mail.send', payload: { emailId } });
        throw new Error('the change failed after enqueueing');
      }),
    ).rejects.toThrow('the change failed after enqueueing');
    expect(await outboxRowsFor(emailId)).toEqual([]);

    // Through the email outbox, as a service uses it: neither the email nor its job survives.
    const address = `rolled-back-${randomUUID().slice(0, 8)}@example.org`;
    await expect(
      inTransaction(plenary.dataSource, async (manager) => {
        await plenary
          .get(EmailOutbox)
          .queue(manager, { to: address, subject: EMAIL_SUBJECTS.NOTIFICATION, text: 'never sent' });
        throw new Error('the change failed after queueing the email');
      }),
    ).rejects.toThrow('the change failed after queueing the email');
    expect(await emailsTo(address)).toEqual([]);
    const orphans: OutboxRow[] = await plenary.dataSource.query(
      `SELECT o.id FROM outbox_jobs o LEFT JOIN email_messages e ON e.id::text = o.payload->>'emailId' WHERE o.name = 'mail.send' AND e.id IS NULL`,
    );
    expect(orphans).toEqual([]);

    // The same enqueue, committed, does leave its row (so the checks above can see one).
    await plenary.dataSource.transaction((manager) => enqueue(manager, { name: 'mail.send', payload: { emailId } }));
    const committed = await outboxRowsFor(emailId);
    expect(committed).toHaveLength(1);
    await plenary.dataSource.query('DELETE FROM outbox_jobs WHERE id = $1', [committed[0].id]);
  });
});

function expectNoneOf(secrets: string[], haystack: string): void {
  const lower = haystack.toLowerCase();
  const found = secrets.filter((s) => lower.includes(s.toLowerCase()));
  expect(found).toEqual([]);
}

/** Every key under `pattern`, whatever its type, as one string. */
async function dumpRedis(url: string, pattern: string): Promise<string> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3 });
  try {
    const parts: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      for (const key of keys) {
        const type = await redis.type(key);
        let value: unknown;
        if (type === 'hash') value = await redis.hgetall(key);
        else if (type === 'string') value = await redis.get(key);
        else if (type === 'list') value = await redis.lrange(key, 0, -1);
        else if (type === 'set') value = await redis.smembers(key);
        else if (type === 'zset') value = await redis.zrange(key, 0, -1);
        else if (type === 'stream') value = await redis.xrange(key, '-', '+');
        parts.push(`${key} ${JSON.stringify(value)}`);
      }
    } while (cursor !== '0');
    if (parts.length === 0) throw new Error(`no Redis keys match ${pattern}`);
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

/** Every row BullMQ keeps in PostgreSQL (jobs with data, options, results and errors, logs, events, schedulers), as one string. */
async function dumpBullmqSchema(plenary: TestPlenary): Promise<string> {
  const parts: string[] = [];
  for (const table of ['job', 'job_log', 'event', 'scheduler', 'dedup']) {
    const rows: unknown[] = await plenary.dataSource.query(`SELECT * FROM bullmq.${table}`);
    parts.push(`${table} ${JSON.stringify(rows)}`);
  }
  return parts.join('\n');
}
