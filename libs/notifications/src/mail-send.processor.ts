import { Inject, Injectable, Logger } from '@nestjs/common';
import { JobHandler, JobPayloads, JobProcessor, markLogged } from '@app/platform';
import { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EmailMessageEntity, EmailStatus } from './email-message.entity';
import { MAIL_TRANSPORT } from './notifications.tokens';
import { MailTransport } from './mail-transport';

/** A claim older than this is taken to belong to a worker that died mid-send. */
const STALE_CLAIM = '5 minutes';

class MailBusyError extends Error {
  constructor() {
    super('email is being sent by another worker');
  }
}

/**
 * Sends one outbox email. The row is claimed with a conditional UPDATE before sending, so two
 * workers never send the same row at once, and a row already SENT is never sent again.
 */
@Injectable()
@JobHandler('mail.send')
export class MailSendProcessor implements JobProcessor<'mail.send'> {
  private readonly logger = new Logger(MailSendProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  async handle({ emailId }: JobPayloads['mail.send'], job?: Job): Promise<void> {
    const claimed: EmailMessageEntity[] = await this.dataSource
      .query(
        `UPDATE email_messages SET status = 'SENDING', claimed_at = now(), attempts = attempts + 1
        WHERE id = $1 AND (status IN ('PENDING', 'FAILED') OR (status = 'SENDING' AND claimed_at < now() - interval '${STALE_CLAIM}'))
        RETURNING id, to_address AS "toAddress", subject, text_body AS "textBody"`,
        [emailId],
      )
      .then((r: [EmailMessageEntity[], number]) => r[0]);
    if (claimed.length === 0) {
      const row = await this.dataSource
        .getRepository(EmailMessageEntity)
        .findOne({ where: { id: emailId }, select: { id: true, status: true } });
      if (!row || row.status === EmailStatus.SENT) return;
      throw new MailBusyError();
    }
    const email = claimed[0];
    try {
      await this.transport.send({ id: email.id, to: email.toAddress, subject: email.subject, text: email.textBody });
    } catch (error) {
      const reason =
        error instanceof Error
          ? `${error.name}${(error as { code?: string }).code ? ` ${(error as { code?: string }).code}` : ''}`
          : 'error';
      await this.dataSource.query(`UPDATE email_messages SET status = 'FAILED', last_error = $2 WHERE id = $1`, [
        email.id,
        reason,
      ]);
      // The one line for this failure: the transport's message may quote the address, the reason does not.
      const attempt = (job?.attemptsMade ?? 0) + 1;
      const of = job?.opts.attempts ?? 1;
      if (attempt >= of) this.logger.error({ emailId: email.id, reason, attempt, of }, 'email not sent; given up');
      else this.logger.warn({ emailId: email.id, reason, attempt, of }, 'email not sent; will retry');
      throw markLogged(error);
    }
    await this.dataSource.query(
      `UPDATE email_messages SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = $1`,
      [email.id],
    );
    this.logger.log({ emailId: email.id }, 'email sent');
  }
}
