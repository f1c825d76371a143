import { NotificationService } from '@app/notifications';
import { createUser, TestPlenary, TestUser } from '@app/testing';

/**
 * Relay's `hasPreviousPage` on a forward-paged list: false on the first page, and after a cursor
 * true only while a row the list's own filters admit still sorts at or before it.
 */
describe('keyset pages: hasPreviousPage is looked up, not guessed', () => {
  let plenary: TestPlenary;
  let person: TestUser;
  let ids: string[];

  beforeAll(async () => {
    plenary = await TestPlenary.start();
    person = await createUser(plenary, { name: 'Pager' });
    const notifications = plenary.get(NotificationService);
    for (let i = 0; i < 5; i++)
      await plenary.dataSource.transaction((m) =>
        notifications.notify(m, [person.user.id], { kind: 'TEST', title: `Notice ${i}` }),
      );
    const rows: { id: string }[] = await plenary.dataSource.query(
      'SELECT id FROM notifications WHERE user_id = $1 ORDER BY id DESC',
      [person.user.id],
    );
    ids = rows.map((r) => String(r.id));
  });
  afterAll(() => plenary.close());

  const page = (after: string | null, unreadOnly = false) =>
    plenary.get(NotificationService).listFor(person.user.id, unreadOnly, 2, after);

  it('says no previous page on the first page, and yes after its cursor', async () => {
    const first = await page(null);
    expect(first.edges.map((e) => String(e.node.id))).toEqual(ids.slice(0, 2));
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    expect(first.pageInfo.startCursor).toBe(first.edges[0].cursor);

    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((e) => String(e.node.id))).toEqual(ids.slice(2, 4));
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it('counts only rows the same filters admit: read ones are not before an unread-only page', async () => {
    const first = await page(null, true);
    await plenary.get(NotificationService).markRead(
      person.user.id,
      first.edges.map((e) => String(e.node.id)),
    );
    const second = await page(first.pageInfo.endCursor, true);
    expect(second.edges.map((e) => String(e.node.id))).toEqual(ids.slice(2, 4));
    expect(second.pageInfo.hasPreviousPage).toBe(false);
    // Without the filter the read ones are still there, before the cursor.
    expect((await page(first.pageInfo.endCursor)).pageInfo.hasPreviousPage).toBe(true);
  });

  it('says no previous page once the rows before the cursor are gone', async () => {
    const first = await page(null);
    await plenary.dataSource.query('DELETE FROM notifications WHERE id = ANY($1::bigint[])', [ids.slice(0, 2)]);
    const second = await page(first.pageInfo.endCursor);
    expect(second.edges.map((e) => String(e.node.id))).toEqual(ids.slice(2, 4));
    expect(second.pageInfo.hasPreviousPage).toBe(false);
  });
});
