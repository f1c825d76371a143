/** What bench:load hands its driver process, and what the driver reports back. */
export interface LoadPlan {
  url: string;
  duration: number;
  connections: number;
  moderators: string[];
  admins: { token: string; orgId: string; roundIds: string[] }[];
  waiting: string[];
  tags: { gender: string[]; humanRights: string[]; theme: string[] };
  articleIds: string[];
  regions: string[];
}

export type RequestClass = 'read' | 'submission-write' | 'moderation-write';

export interface ClassStats {
  requests: number;
  p50: number;
  p99: number;
  p999: number;
  non2xx: number;
  graphqlErrors: number;
}

export interface LoadReport {
  durationSeconds: number;
  requests: number;
  throughput: number;
  latency: { p50: number; p99: number; p999: number; max: number };
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  graphqlErrors: number;
  errorCodes: Record<string, number>;
  byClass: Record<RequestClass, ClassStats>;
  byOperation: Record<string, number>;
  flows: { createsSubmitted: number; decisionsMade: number; abortedSteps: number; decisionTargetsLeft: number };
}
