import autocannon from 'autocannon';
import { QUERIES } from './lib/graphql-client';
import { ClassStats, LoadPlan, LoadReport, RequestClass } from './lib/load-types';
import { percentile, round } from './lib/stats';
import { SENTENCES } from './lib/corpus';

/**
 * The load generator of bench:load, in a process of its own (pinned to the other core). Every
 * connection runs cycles of 120 requests in a shuffled order: 96 reads (queue, submission and
 * round pages), 9 create + submit flows (18 requests) and 2 claim + tag + decide flows (6
 * requests) — 80 % / 15 % / 5 % of requests. Flows use ids from earlier responses on the same
 * connection; tokens are real (logged in by bench:load).
 */

type Step = 'read' | 'create' | 'submit' | 'claim' | 'tag' | 'decide';
interface Ctx {
  plan?: Step[];
  i: number;
  admin: number;
  moderator: number;
  op: string;
  cls: RequestClass;
  sentAt: number;
  draft?: { id: string; version: number };
  claimed?: { id: string; version: number };
}
interface Req {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

const CYCLE = 120;
const UNITS: ('read' | 'create' | 'decide')[] = [
  ...Array<'read'>(96).fill('read'),
  ...Array<'create'>(9).fill('create'),
  ...Array<'decide'>(2).fill('decide'),
];

function shuffled<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i -= 1) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

function planCycle(): Step[] {
  return shuffled(UNITS).flatMap((u): Step[] =>
    u === 'read' ? ['read'] : u === 'create' ? ['create', 'submit'] : ['claim', 'tag', 'decide'],
  );
}

const pick = <T>(a: readonly T[]): T => a[Math.floor(Math.random() * a.length)];

function run(plan: LoadPlan): Promise<LoadReport> {
  const latencies: Record<RequestClass, number[]> = { read: [], 'submission-write': [], 'moderation-write': [] };
  const classStats = (c: RequestClass): ClassStats => ({
    requests: latencies[c].length,
    p50: 0,
    p99: 0,
    p999: 0,
    non2xx: 0,
    graphqlErrors: 0,
  });
  const stats: Record<RequestClass, ClassStats> = {
    read: classStats('read'),
    'submission-write': classStats('submission-write'),
    'moderation-write': classStats('moderation-write'),
  };
  const byOperation: Record<string, number> = {};
  const errorCodes: Record<string, number> = {};
  const waiting = [...plan.waiting];
  const flows = { createsSubmitted: 0, decisionsMade: 0, abortedSteps: 0, decisionTargetsLeft: 0 };
  let draftNo = 0;

  const gql = (query: string, variables: Record<string, unknown>, token?: string): Req => ({
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });

  const read = (ctx: Ctx): Req => {
    const r = Math.random();
    ctx.cls = 'read';
    if (r < 0.4) {
      ctx.op = 'moderationQueue';
      const filter = Math.random() < 0.3 ? { region: pick(plan.regions) } : undefined;
      return gql(QUERIES.moderationQueue, { first: 20, ...(filter ? { filter } : {}) }, plan.moderators[ctx.moderator]);
    }
    if (r < 0.8) {
      ctx.op = 'submissions';
      return gql(
        QUERIES.submissions,
        { first: 20, filter: Math.random() < 0.5 ? { status: 'APPROVED' } : { region: pick(plan.regions) } },
        plan.admins[ctx.admin].token,
      );
    }
    ctx.op = 'consultationRounds';
    return gql(QUERIES.consultationRounds, { first: 20 });
  };

  const setupRequest = (_req: unknown, raw: object): Req => {
    const ctx = raw as Ctx;
    if (!ctx.plan) {
      ctx.plan = planCycle();
      ctx.i = 0;
      ctx.admin = Math.floor(Math.random() * plan.admins.length);
      ctx.moderator = Math.floor(Math.random() * plan.moderators.length);
    }
    const step = ctx.plan[ctx.i] ?? 'read';
    ctx.i += 1;
    ctx.sentAt = performance.now();
    const admin = plan.admins[ctx.admin];
    const moderator = plan.moderators[ctx.moderator];
    switch (step) {
      case 'read':
        return read(ctx);
      case 'create': {
        ctx.cls = 'submission-write';
        ctx.op = 'createSubmission';
        ctx.draft = undefined;
        draftNo += 1;
        const s = SENTENCES.en;
        const body = Array.from({ length: 6 }, (_, p) =>
          Array.from({ length: 5 }, (_, k) => s[(draftNo * 13 + p * 5 + k) % s.length]).join(' '),
        ).join('\n\n');
        return gql(
          QUERIES.createSubmission,
          {
            input: {
              roundId: pick(admin.roundIds),
              organisationId: admin.orgId,
              title: `Load position ${process.pid}-${draftNo}`,
              summary: s[draftNo % s.length],
              body,
              language: 'en',
              disclosure: pick(['NAMED', 'NAMED', 'REGION_ONLY', 'ANONYMOUS']),
              provisionIds: [pick(plan.articleIds)],
            },
          },
          admin.token,
        );
      }
      case 'submit':
        if (!ctx.draft) break;
        ctx.cls = 'submission-write';
        ctx.op = 'submitSubmission';
        return gql(
          QUERIES.submitSubmission,
          { input: { id: ctx.draft.id, expectedVersion: ctx.draft.version } },
          admin.token,
        );
      case 'claim': {
        const id = waiting.shift();
        ctx.claimed = undefined;
        if (!id) break;
        ctx.cls = 'moderation-write';
        ctx.op = 'claimSubmission';
        ctx.claimed = { id, version: 0 };
        return gql(QUERIES.claimSubmission, { id }, moderator);
      }
      case 'tag':
        if (!ctx.claimed?.version) break;
        ctx.cls = 'moderation-write';
        ctx.op = 'setSubmissionTags';
        return gql(
          QUERIES.setSubmissionTags,
          {
            input: {
              submissionId: ctx.claimed.id,
              expectedVersion: ctx.claimed.version,
              tagIds: [pick(plan.tags.gender), pick(plan.tags.humanRights), pick(plan.tags.theme)],
              noGenderConsiderations: false,
              noHumanRightsConsiderations: false,
            },
          },
          moderator,
        );
      case 'decide':
        if (!ctx.claimed?.version) break;
        ctx.cls = 'moderation-write';
        ctx.op = 'decideSubmission';
        return Math.random() < 0.7
          ? gql(
              QUERIES.decideSubmission,
              {
                input: {
                  submissionId: ctx.claimed.id,
                  expectedVersion: ctx.claimed.version,
                  decision: 'APPROVE',
                  reasonCode: 'IN_SCOPE',
                },
              },
              moderator,
            )
          : gql(
              QUERIES.decideSubmission,
              {
                input: {
                  submissionId: ctx.claimed.id,
                  expectedVersion: ctx.claimed.version,
                  decision: 'REJECT',
                  reasonCode: 'OUT_OF_SCOPE',
                  message: 'Outside the scope of this round.',
                },
              },
              moderator,
            );
    }
    // The flow lost its id (an earlier step failed): keep the connection busy with a read.
    flows.abortedSteps += 1;
    return read(ctx);
  };

  const onResponse = (status: number, body: string, raw: object): void => {
    const ctx = raw as Ctx;
    latencies[ctx.cls].push(performance.now() - ctx.sentAt);
    byOperation[ctx.op] = (byOperation[ctx.op] ?? 0) + 1;
    const s = stats[ctx.cls];
    if (status < 200 || status >= 300) s.non2xx += 1;
    const text = String(body);
    if (ctx.cls === 'read' && !text.includes('"errors"')) return;
    let parsed: {
      data?: Record<string, { id: string; version: number } | null> | null;
      errors?: { extensions?: { code?: string }; message: string }[];
    };
    try {
      parsed = JSON.parse(text) as typeof parsed;
    } catch {
      s.graphqlErrors += 1;
      errorCodes['unparseable body'] = (errorCodes['unparseable body'] ?? 0) + 1;
      return;
    }
    if (parsed.errors?.length) {
      s.graphqlErrors += 1;
      for (const e of parsed.errors) {
        const code = `${ctx.op}: ${e.extensions?.code ?? 'NO_CODE'}`;
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
      }
    }
    const node = parsed.data?.[ctx.op] ?? null;
    if (!node) return;
    if (ctx.op === 'createSubmission') ctx.draft = { id: node.id, version: node.version };
    else if (ctx.op === 'submitSubmission') {
      flows.createsSubmitted += 1;
      waiting.push(node.id);
    } else if ((ctx.op === 'claimSubmission' || ctx.op === 'setSubmissionTags') && ctx.claimed)
      ctx.claimed.version = node.version;
    else if (ctx.op === 'decideSubmission') flows.decisionsMade += 1;
  };

  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: plan.url,
        connections: plan.connections,
        duration: plan.duration,
        timeout: 10,
        requests: Array.from({ length: CYCLE }, () => ({
          setupRequest: setupRequest as never,
          onResponse: onResponse as never,
        })),
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const all = Object.values(latencies).flat();
        for (const c of Object.keys(stats) as RequestClass[]) {
          const l = latencies[c];
          Object.assign(stats[c], {
            requests: l.length,
            p50: round(percentile(l, 50)),
            p99: round(percentile(l, 99)),
            p999: round(percentile(l, 99.9)),
          });
        }
        flows.decisionTargetsLeft = waiting.length;
        resolve({
          durationSeconds: result.duration,
          requests: result.requests.total,
          throughput: round(result.requests.total / result.duration, 1),
          latency: {
            p50: round(percentile(all, 50)),
            p99: round(percentile(all, 99)),
            p999: round(percentile(all, 99.9)),
            max: round(Math.max(...all)),
          },
          non2xx: result.non2xx,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          graphqlErrors: Object.values(stats).reduce((n, s) => n + s.graphqlErrors, 0),
          errorCodes,
          byClass: stats,
          byOperation,
          flows,
        });
      },
    );
    process.once('SIGTERM', () => instance.stop());
  });
}

process.once('message', (plan: LoadPlan) => {
  run(plan).then(
    (report) => process.send?.(report, () => process.exit(0)),
    (error: unknown) =>
      process.send?.({ error: error instanceof Error ? error.message : String(error) }, () => process.exit(1)),
  );
});
