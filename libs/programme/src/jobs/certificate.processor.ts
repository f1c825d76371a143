import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { FILE_STORAGE, FileStorage, printPdf } from '@app/digests';
import { Clock, JobHandler, JobProcessor } from '@app/platform';
import { DataSource } from 'typeorm';
import {
  CertificateEntity,
  CertificateStatus,
  EventRegistrationEntity,
  ProgrammeEventEntity,
  TrainingModuleEntity,
} from '../entities';
import { certificateHtml } from './certificate.template';

export interface CertificateSettings {
  chromiumPath: string;
  pdfTimeoutMs: number;
}
export const CERTIFICATE_SETTINGS = Symbol('CERTIFICATE_SETTINGS');

/**
 * Prints one certificate of attendance with headless Chromium — the digests' renderer, which shapes
 * Arabic right to left and draws Chinese and Cyrillic — and stores it through FileStorage.
 * Idempotent: a READY certificate is left as it is; a repeat prints and stores the same key again.
 */
@Injectable()
@JobHandler('programme.certificate')
export class CertificateProcessor implements JobProcessor<'programme.certificate'> {
  private readonly logger = new Logger(CertificateProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(CERTIFICATE_SETTINGS) private readonly settings: CertificateSettings,
    private readonly clock: Clock,
  ) {}

  async handle({ certificateId }: { certificateId: string }): Promise<void> {
    const certificate = await this.dataSource
      .getRepository(CertificateEntity)
      .findOne({ where: { id: certificateId } });
    if (!certificate || certificate.status !== CertificateStatus.QUEUED) return;
    const registration = await this.dataSource
      .getRepository(EventRegistrationEntity)
      .findOne({ where: { id: certificate.registrationId } });
    if (!registration?.userId || registration.attended !== true) {
      await this.fail(certificateId);
      return;
    }
    const event = await this.dataSource
      .getRepository(ProgrammeEventEntity)
      .findOneByOrFail({ id: registration.eventId });
    const [person] = (await this.dataSource.query('SELECT display_name FROM users WHERE id = $1', [
      registration.userId,
    ])) as {
      display_name: string;
    }[];
    const modules = event.moduleIds.length
      ? await this.dataSource
          .getRepository(TrainingModuleEntity)
          .find({ where: event.moduleIds.map((id) => ({ id })), order: { position: 'ASC' } })
      : [];
    const dir = await mkdtemp(join(tmpdir(), `plenary-certificate-`));
    try {
      const html = join(dir, 'certificate.html');
      const pdf = join(dir, 'certificate.pdf');
      await writeFile(
        html,
        certificateHtml({
          language: certificate.language,
          person: person?.display_name ?? '',
          eventTitle: event.title,
          eventType: event.type,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          timeZone: event.timeZone,
          venue: event.venue,
          modules: modules.map((m) => m.title),
          issuedAt: this.clock.now(),
          reference: certificate.id.slice(0, 8).toUpperCase(),
        }),
      );
      await printPdf(this.settings.chromiumPath, html, pdf, this.settings.pdfTimeoutMs);
      const key = `certificates/${certificate.id}/certificate.pdf`;
      const stored = await this.storage.put(key, createReadStream(pdf));
      await this.dataSource.query(
        `UPDATE event_certificates SET status = 'READY', storage_key = $2, bytes = $3, sha256 = $4, completed_at = $5
          WHERE id = $1 AND status = 'QUEUED'`,
        [certificate.id, key, stored.bytes, stored.sha256, this.clock.now()],
      );
      this.logger.log({ certificateId: certificate.id }, 'certificate printed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async failed({ certificateId }: { certificateId: string }): Promise<void> {
    await this.fail(certificateId);
  }

  private async fail(certificateId: string): Promise<void> {
    await this.dataSource.query(`UPDATE event_certificates SET status = 'FAILED' WHERE id = $1 AND status = 'QUEUED'`, [
      certificateId,
    ]);
  }
}
