import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTransport, Transporter } from 'nodemailer';

export interface MailSettings {
  /** smtp://user:pass@host:port; when absent, mail is written as .eml files to `mailDir`. */
  smtpUrl?: string;
  mailDir: string;
  from: string;
}
export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

export interface MailMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
}

/** Delivers one message; the Message-ID is derived from the outbox row, so receivers can de-duplicate. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
}

export function createMailTransport(settings: MailSettings): MailTransport {
  return settings.smtpUrl ? new SmtpMailTransport(settings) : new FileMailTransport(settings);
}

function envelope(settings: MailSettings, message: MailMessage) {
  return {
    from: settings.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: `<${message.id}@plenary.local>`,
  };
}

class SmtpMailTransport implements MailTransport {
  private readonly transporter: Transporter;

  constructor(private readonly settings: MailSettings) {
    this.transporter = createTransport(settings.smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail(envelope(this.settings, message));
  }
}

/** Writes `<outbox id>.eml`: writing the same message twice leaves one file. */
class FileMailTransport implements MailTransport {
  private readonly transporter = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly settings: MailSettings) {}

  async send(message: MailMessage): Promise<void> {
    const info = (await this.transporter.sendMail(envelope(this.settings, message))) as { message: Buffer };
    await mkdir(this.settings.mailDir, { recursive: true });
    await writeFile(join(this.settings.mailDir, `${message.id}.eml`), info.message);
  }
}
