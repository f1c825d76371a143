import { createServer, Server, Socket } from 'node:net';

/**
 * A minimal SMTP server on 127.0.0.1 that accepts every message and counts deliveries per
 * recipient — a message delivered twice is counted twice (the file transport would overwrite it).
 * `delayMs` slows the answer to each message, as a real relay does.
 */
export class SmtpSink {
  readonly delivered = new Map<string, number>();
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  constructor(public delayMs = 0) {}

  get total(): number {
    let n = 0;
    for (const count of this.delivered.values()) n += count;
    return n;
  }

  async start(): Promise<number> {
    this.server = createServer((socket) => this.session(socket));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address !== 'object') throw new Error('SMTP sink did not listen');
    return address.port;
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.server?.close();
  }

  private session(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffer = '';
    let inData = false;
    let recipients: string[] = [];
    const reply = (line: string): void => {
      if (!socket.destroyed) socket.write(`${line}\r\n`);
    };
    reply('220 faults-sink ESMTP');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line !== '.') continue;
          inData = false;
          const delivered = recipients;
          recipients = [];
          setTimeout(() => {
            for (const r of delivered) this.delivered.set(r, (this.delivered.get(r) ?? 0) + 1);
            reply('250 2.0.0 queued');
          }, this.delayMs);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 faults-sink');
        else if (verb === 'MAIL') reply('250 2.1.0 ok');
        else if (verb === 'RCPT') {
          recipients.push((/<([^>]*)>/.exec(line)?.[1] ?? '').toLowerCase());
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'RSET') {
          recipients = [];
          reply('250 2.0.0 ok');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  }
}
