import { errorCatalogue, refuse } from '@app/platform';
import { DigestStatus } from './entities';

/** Every way the digests context refuses. */
export const DigestErrors = errorCatalogue('digests', {
  /** compileDigest for a session that does not exist. */
  SESSION_NOT_FOUND: () => refuse.notFound('Negotiation session', 'sessionId'),
  /** The in-flight digest kept finishing under a request: asking again settles it. */
  REQUEST_RACED: () => refuse.conflict('The digest changed while it was being requested; try again'),
  /** No such digest, or one the caller may not see (unpublished, to anyone but staff). */
  DIGEST_NOT_FOUND: () => refuse.notFound('Digest'),
  ONLY_PUBLIC_PUBLISHED: () => refuse.conflict('Only the PUBLIC edition can be published'),
  NOT_READY: (status: DigestStatus) => refuse.conflict(`A ${status} digest cannot be published; it must be READY`),
  /** An older version, once a newer one is compiled: out-of-date content must not reach delegates. */
  SUPERSEDED: (version: number, newest: number) =>
    refuse.conflict(`Version ${version} has been superseded by version ${newest}; publish the newest version instead`),
  /** A download of a format, digest or file the caller may not have. */
  FILE_NOT_FOUND: () => refuse.notFound('Digest file'),
});
