import { Injectable } from '@nestjs/common';
import { enqueue } from '@app/platform';
import { EntityManager } from 'typeorm';
import { EmailMessageEntity } from './email-message.entity';
import { EmailSubject } from './email-subjects';

export interface OutgoingEmail {
  to: string;
  /** One of EMAIL_SUBJECTS: the type refuses a subject built from user text. */
  subject: EmailSubject;
  text: string;
}

/** Queues an email in the caller's transaction; the worker sends it once the change commits. */
@Injectable()
export class EmailOutbox {
  async queue(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    const result = await manager.insert(EmailMessageEntity, {
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
    });
    const emailId = (result.identifiers[0] as { id: string }).id;
    await enqueue(manager, { name: 'mail.send', payload: { emailId } });
  }
}
