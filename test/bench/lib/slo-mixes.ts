import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './bench-env';
import { BenchWorld, newDraft } from './bench-world';
import { RequestSpec, rng } from './open-loop';

/**
 * The web client's operations, read from its sources (`graphql(\`query Name …\`)` in
 * apps/web/src), so the mixes send exactly what the browser sends.
 */
export function webOperations(): Map<string, string> {
  const root = join(repoRoot(), 'apps', 'web', 'src');
  const out = new Map<string, string>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.parentPath.includes(`${join(root, 'gql')}`)) continue;
    const source = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of source.matchAll(/graphql\(`([\s\S]*?)`\)/g)) {
      const name = /(?:query|mutation)\s+(\w+)/.exec(match[1])?.[1];
      if (name) out.set(name, match[1].trim());
    }
  }
  return out;
}

export interface SloPeople {
  admins: { token: string; orgId: string; roundId: string }[];
  moderators: string[];
  staff: string;
}

export interface SloData {
  /** Approved, published submissions (the public reads pick among them, popular ones more often). */
  approvedIds: string[];
  roundIds: string[];
  sessionIds: string[];
  focusSessionId: string;
  /** Submitted items nobody has claimed: the moderators' loop takes them in turn. */
  waiting: string[];
  /** Drafts made for autosaves, one or more per admin. */
  drafts: { id: string; version: number; admin: number }[];
  tags: BenchWorld['tags'];
  world: BenchWorld;
}

export type MixName = 'deadline' | 'session';

export const MIX_DESCRIPTIONS: Record<MixName, string> = {
  deadline:
    'deadline day: 60 % CSO reads and draft autosaves, 20 % submits (create, then submit), 10 % moderator desk (queue, item, claim, tag, decide), 10 % public reads',
  session:
    'session week: 90 % public and delegate reads of rounds, submissions and digests, 10 % staff reads (console overview, queue, counts, digests, organisations, appeals)',
};

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh'];

/** A weighted choice among named branches. */
function chooser<T extends string>(random: () => number, weights: Record<T, number>): () => T {
  const entries = Object.entries(weights) as [T, number][];
  const total = entries.reduce((a, [, w]) => a + w, 0);
  return () => {
    let x = random() * total;
    for (const [name, w] of entries) {
      x -= w;
      if (x < 0) return name;
    }
    return entries[entries.length - 1][0];
  };
}

/**
 * The request source of a mix: each call returns the next request to send. Flows (autosaves on a
 * draft, create then submit, claim then tag then decide) keep their state from the answers; a
 * step that has nothing ready falls back to the step before it.
 */
export function mixSource(
  mix: MixName,
  people: SloPeople,
  data: SloData,
  seed: number,
  options: { trustedDocuments: boolean },
): () => RequestSpec {
  const ops = webOperations();
  const doc = (name: string): string => {
    const d = ops.get(name);
    if (!d) throw new Error(`the web client has no operation ${name}`);
    return d;
  };
  /** A web client request: by name (trusted documents, as a production build sends it) or with its document. */
  const webBody = (name: string, variables: Record<string, unknown> = {}): string =>
    options.trustedDocuments
      ? JSON.stringify({ operationName: name, variables, extensions: { trustedDocument: name } })
      : JSON.stringify({ query: doc(name), variables });
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  /** Popular first: a quarter of the items get about half the reads. */
  const popular = <T>(list: readonly T[]): T => list[Math.floor(list.length * random() ** 2)];
  let counter = Math.floor(random() * 1e6);

  const publicRead = (): RequestSpec => {
    const kind = chooser(random, {
      PublicSubmissions: 30,
      PublicSubmission: 30,
      PublicRound: 12,
      Home: 8,
      PublicSession: 5,
      PublicDigestVersions: 5,
    })();
    const variables: Record<string, unknown> =
      kind === 'PublicSubmissions'
        ? {
            filter: { roundId: popular(data.roundIds), ...(random() < 0.3 ? { language: pick(LANGUAGES) } : {}) },
            first: 20,
          }
        : kind === 'PublicSubmission'
          ? { id: popular(data.approvedIds) }
          : kind === 'PublicRound'
            ? { id: popular(data.roundIds) }
            : kind === 'PublicSession'
              ? { id: pick(data.sessionIds) }
              : kind === 'PublicDigestVersions'
                ? { sessionId: pick(data.sessionIds) }
                : {};
    return { op: kind, write: false, body: webBody(kind, variables) };
  };

  const staffRead = (): RequestSpec => {
    const kind = chooser(random, {
      StaffOverview: 25,
      ModerationQueue: 20,
      ModerationCounts: 20,
      StaffDigests: 15,
      StaffOrganisations: 10,
      StaffAppeals: 10,
    })();
    const variables =
      kind === 'ModerationQueue'
        ? { first: 20 }
        : kind === 'ModerationCounts' || kind === 'StaffDigests'
          ? { sessionId: data.focusSessionId }
          : {};
    return { op: `staff:${kind}`, write: false, body: webBody(kind, variables), token: people.staff };
  };

  // Deadline day.
  const busyDrafts = new Set<string>();
  const created: { id: string; version: number; token: string }[] = [];
  const csoRead = chooser(random, { dashboard: 25, editor: 25, autosave: 35, bell: 15 });
  const cso = (): RequestSpec => {
    const kind = csoRead();
    if (kind === 'autosave') {
      const draft =
        data.drafts.find((d, i) => !busyDrafts.has(d.id) && (i + counter) % 3 === 0) ??
        data.drafts.find((d) => !busyDrafts.has(d.id));
      if (draft) {
        busyDrafts.add(draft.id);
        counter += 1;
        const text = newDraft(counter, data.world);
        return {
          op: 'EditorUpdateSubmission',
          write: true,
          token: people.admins[draft.admin].token,
          body: webBody('EditorUpdateSubmission', {
            input: {
              id: draft.id,
              expectedVersion: draft.version,
              title: text.title,
              summary: text.summary,
              body: text.body,
            },
          }),
          onAnswer: (_status, answer) => {
            const version = /"version":(\d+)/.exec(answer)?.[1];
            if (version) draft.version = Number(version);
            busyDrafts.delete(draft.id);
          },
          onFailure: () => busyDrafts.delete(draft.id),
        };
      }
    }
    if (kind === 'editor') {
      const draft = pick(data.drafts);
      return {
        op: 'SubmissionEditor',
        write: false,
        token: people.admins[draft.admin].token,
        body: webBody('SubmissionEditor', { id: draft.id }),
      };
    }
    const admin = pick(people.admins);
    if (kind === 'bell')
      return { op: 'UnreadNotifications', write: false, token: admin.token, body: webBody('UnreadNotifications') };
    return {
      op: 'WorkspaceOrganisation',
      write: false,
      token: admin.token,
      body: webBody('WorkspaceOrganisation', { id: admin.orgId }),
    };
  };

  const submitFlow = (): RequestSpec => {
    const ready = created.shift();
    if (ready) {
      return {
        op: 'EditorSubmitSubmission',
        write: true,
        token: ready.token,
        body: webBody('EditorSubmitSubmission', { input: { id: ready.id, expectedVersion: ready.version } }),
        onAnswer: (_status, answer) => {
          if (answer.includes('"status":"SUBMITTED"')) data.waiting.push(ready.id);
        },
      };
    }
    const admin = pick(people.admins);
    counter += 1;
    const text = newDraft(counter, data.world);
    return {
      op: 'EditorCreateSubmission',
      write: true,
      token: admin.token,
      body: webBody('EditorCreateSubmission', {
        input: { ...text, roundId: admin.roundId, organisationId: admin.orgId, disclosure: 'NAMED' },
      }),
      onAnswer: (_status, answer) => {
        const id = /"id":"([0-9a-f-]{36})"/.exec(answer)?.[1];
        const version = /"version":(\d+)/.exec(answer)?.[1];
        if (id && version) created.push({ id, version: Number(version), token: admin.token });
      },
    };
  };

  interface Item {
    id: string;
    version: number;
    moderator: string;
    stage: 'tag' | 'decide';
  }
  const ready: Item[] = [];
  const moderatorLoop = (): RequestSpec => {
    const item = random() < 0.3 ? undefined : ready.shift();
    if (item?.stage === 'decide') {
      const approve = random() < 0.7;
      return {
        op: 'ModerationDecide',
        write: true,
        token: item.moderator,
        body: webBody('ModerationDecide', {
          input: approve
            ? { submissionId: item.id, expectedVersion: item.version, decision: 'APPROVE', reasonCode: 'IN_SCOPE' }
            : {
                submissionId: item.id,
                expectedVersion: item.version,
                decision: 'REJECT',
                reasonCode: 'OUT_OF_SCOPE',
                message: 'Outside the scope of this round.',
              },
        }),
      };
    }
    if (item?.stage === 'tag') {
      return {
        op: 'ModerationSetTags',
        write: true,
        token: item.moderator,
        body: webBody('ModerationSetTags', {
          input: {
            submissionId: item.id,
            expectedVersion: item.version,
            tagIds: [pick(data.tags.gender), pick(data.tags.humanRights), pick(data.tags.theme)],
            noGenderConsiderations: false,
            noHumanRightsConsiderations: false,
          },
        }),
        onAnswer: (_status, answer) => {
          const version = /"version":(\d+)/.exec(answer)?.[1];
          if (version && !answer.includes('"errors"'))
            ready.push({ ...item, version: Number(version), stage: 'decide' });
        },
      };
    }
    const moderator = pick(people.moderators);
    const id = random() < 0.4 ? data.waiting.pop() : undefined;
    if (!id) {
      // The desk: the queue, or an item opened from it.
      const open = data.waiting.length > 0 && random() < 0.5 ? pick(data.waiting) : null;
      return open
        ? { op: 'ModerationItem', write: false, token: moderator, body: webBody('ModerationItem', { id: open }) }
        : { op: 'ModerationQueue', write: false, token: moderator, body: webBody('ModerationQueue', { first: 20 }) };
    }
    return {
      op: 'ModerationClaim',
      write: true,
      token: moderator,
      body: webBody('ModerationClaim', { id }),
      onAnswer: (_status, answer) => {
        const version = /"version":(\d+)/.exec(answer)?.[1];
        if (version && !answer.includes('"errors"'))
          ready.push({ id, version: Number(version), moderator, stage: 'tag' });
      },
    };
  };

  if (mix === 'deadline') {
    const choose = chooser(random, { cso: 60, submit: 20, moderator: 10, public: 10 });
    return () => {
      const kind = choose();
      return kind === 'cso'
        ? cso()
        : kind === 'submit'
          ? submitFlow()
          : kind === 'moderator'
            ? moderatorLoop()
            : publicRead();
    };
  }
  const choose = chooser(random, { public: 90, staff: 10 });
  return () => (choose() === 'public' ? publicRead() : staffRead());
}
