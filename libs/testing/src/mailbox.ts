import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eventually } from './test-plenary';

/** One email the worker wrote as an .eml file (see TestPlenary.startWorker()). */
export interface ReceivedEmail {
  file: string;
  to: string;
  subject: string;
  /** The decoded text body. */
  text: string;
}

/** Decodes a quoted-printable body: soft line breaks (`=\n`) and `=XX` bytes, read as UTF-8. */
export function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parses a single-part text email as nodemailer writes it. */
export function parseEml(file: string, source: string): ReceivedEmail {
  const normalised = source.replace(/\r\n/g, '\n');
  const split = normalised.indexOf('\n\n');
  const head = split === -1 ? normalised : normalised.slice(0, split);
  const body = split === -1 ? '' : normalised.slice(split + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { file, to: headers.get('to') ?? '', subject: headers.get('subject') ?? '', text };
}

/** Every email in the folder, in no particular order. */
export function readMailbox(dir: string): ReceivedEmail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  return files.map((f) => parseEml(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/**
 * Waits for an email that `match` accepts and whose file has stopped growing (the worker writes
 * it with a plain writeFile, so a poll can catch it half-written).
 */
export async function waitForEmail(
  dir: string,
  match: (email: ReceivedEmail) => boolean,
  timeoutMs = 15_000,
): Promise<ReceivedEmail> {
  const sizes = new Map<string, number>();
  return eventually(async () => {
    for (const email of readMailbox(dir)) {
      if (!match(email)) continue;
      const size = statSync(email.file).size;
      if (sizes.get(email.file) === size) return email;
      sizes.set(email.file, size);
    }
    return undefined;
  }, timeoutMs);
}
