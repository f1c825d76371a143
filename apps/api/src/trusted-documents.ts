import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { DocumentNode, Kind, parse, print, SelectionSetNode, visit } from 'graphql';
import { documentRefusal, measureDocument, QueryLimits } from '@app/platform';

/** What the web client's build writes next to index.html: its operations by name. */
export const TRUSTED_DOCUMENTS_FILE = 'trusted-documents.json';

/** A request whose document came from the manifest: already measured against the limits. */
export interface TrustedRequest extends Request {
  trustedDocument?: boolean;
}

const TYPENAME = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;

/**
 * `__typename` in every selection set but the operation's own, as Apollo Client adds it before
 * sending a document: the client's cache needs it in every object of the answer.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/**
 * The web client's operations by name, as its build recorded them. Each is checked once, when
 * loaded — one operation named as its key, within the query limits — and kept printed with the
 * `__typename`s the client's cache needs, so a request that names it needs neither parsing nor
 * measuring here.
 */
export class TrustedDocuments {
  private readonly logger = new Logger(TrustedDocuments.name);
  private readonly byName = new Map<string, string>();

  constructor(manifests: Record<string, string>[], limits: QueryLimits) {
    for (const manifest of manifests) {
      for (const [name, text] of Object.entries(manifest)) {
        let refusal: string | null = null;
        let document: DocumentNode | null = null;
        try {
          document = parse(text, { maxTokens: limits.maxTokens });
          const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
          if (operations.length !== 1 || operations[0].name?.value !== name)
            refusal = `not one operation named ${name}`;
          else refusal = documentRefusal(measureDocument(document), limits)?.message ?? null;
        } catch (error) {
          refusal = (error as Error).message;
        }
        if (refusal || !document || text.length > limits.maxDocumentLength) {
          this.logger.warn({ name, refusal }, 'trusted document left out');
          continue;
        }
        this.byName.set(name, print(withTypenames(document)));
      }
    }
  }

  /** The built web client's manifest (`webDir`); none when the client is not built. */
  static load(webDir: string, limits: QueryLimits): TrustedDocuments {
    const path = resolve(webDir, TRUSTED_DOCUMENTS_FILE);
    const manifests = existsSync(path) ? [JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>] : [];
    return new TrustedDocuments(manifests, limits);
  }

  get size(): number {
    return this.byName.size;
  }

  find(name: string): string | undefined {
    return this.byName.get(name);
  }
}

/**
 * Whether the request comes from a page of Plenary's own origin: the web client says so
 * (`X-Plenary-Client: web`), and any script on the origin — an injected one included — cannot
 * hide what the browser adds (`Sec-Fetch-Site: same-origin`, an `Origin` naming this host).
 */
export function fromWebOrigin(req: Request, publicOrigin: string): boolean {
  if (req.headers['x-plenary-client'] === 'web') return true;
  if (req.headers['sec-fetch-site'] === 'same-origin') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  if (origin === publicOrigin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};

/**
 * In front of everything else on /graphql. A request naming a trusted document
 * (`extensions.trustedDocument`: its operation name) runs the api's copy; no text is sent. With
 * `enforce`, requests from the web origin must name one: a document that is not the web client's
 * own is refused, so a script injected into a page can run nothing the client does not. Other API
 * clients (tokens, scripts) send documents as before, under the query limits.
 */
export function trustedDocumentsMiddleware(
  documents: TrustedDocuments,
  options: { enforce: boolean; publicUrl: string },
) {
  const publicOrigin = new URL(options.publicUrl).origin;
  return (req: TrustedRequest, res: Response, next: NextFunction): void => {
    const body: unknown = req.method === 'GET' ? req.query : req.body;
    if (!body || typeof body !== 'object' || Array.isArray(body)) return next();
    const fields = body as Record<string, unknown>;
    const extensions = fields.extensions as Record<string, unknown> | undefined;
    const name = extensions && typeof extensions === 'object' ? extensions.trustedDocument : undefined;
    if (name !== undefined) {
      if (req.method !== 'POST') return refuse(res, 400, 'BAD_REQUEST', 'A trusted document is named with POST');
      if (fields.query !== undefined)
        return refuse(res, 400, 'BAD_REQUEST', 'A request names a trusted document or sends a document, not both');
      const document = typeof name === 'string' ? documents.find(name) : undefined;
      if (!document) return refuse(res, 400, 'PERSISTED_QUERY_NOT_FOUND', 'Not a trusted document of this api');
      fields.query = document;
      fields.operationName = name;
      delete extensions?.trustedDocument;
      if (extensions && Object.keys(extensions).length === 0) delete fields.extensions;
      req.trustedDocument = true;
      return next();
    }
    if (options.enforce && documents.size > 0 && fields.query !== undefined && fromWebOrigin(req, publicOrigin))
      return refuse(res, 400, 'BAD_REQUEST', "Requests from Plenary's web client name a trusted document");
    next();
  };
}
