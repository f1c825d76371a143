import { Controller, Get, Param, ParseUUIDPipe, Put, Req, Res, Inject } from '@nestjs/common';
import { FILE_STORAGE, FileStorage } from '@app/digests';
import { Actor, CurrentActor, MaybeActor, PlatformRole, Public, Roles } from '@app/platform';
import type { Request, Response } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CertificateStatus } from '../entities';
import { PublicationService } from '../services/publication.service';
import { TrainingService } from '../services/training.service';
import { ProgrammeErrors } from '../programme.errors';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => ProgrammeErrors.FILE_NOT_FOUND() });

/** `attachment; filename="…"; filename*=UTF-8''…` for any name (RFC 6266). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

async function stream(res: Response, file: Readable): Promise<void> {
  try {
    await pipeline(file, res);
  } catch (error) {
    // The client went away mid-download: nobody to answer, nothing to log.
    if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed) return;
    throw error;
  }
}

/**
 * Files of the programme. Publications: GET for anyone once published (staff: drafts too), PUT by
 * staff with the raw file as the body (its media type in content-type, its name in the `name`
 * query parameter). Certificates: GET for their person and staff, with the access token.
 */
@Controller('files')
export class ProgrammeFilesController {
  constructor(
    private readonly publications: PublicationService,
    private readonly training: TrainingService,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  @Public()
  @Get('publications/:id')
  async publicationFile(
    @CurrentActor() actor: MaybeActor,
    @Param('id', uuid) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.publications.openFile(actor, id);
    res.setHeader('content-type', file.type);
    res.setHeader('content-length', file.bytes);
    res.setHeader('content-disposition', disposition(file.name));
    res.setHeader('x-content-sha256', file.sha256);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'public, max-age=300');
    await stream(res, file.stream);
  }

  @Roles(PlatformRole.STAFF)
  @Put('publications/:id')
  async uploadPublicationFile(
    @CurrentActor() actor: Actor,
    @Param('id', uuid) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const name = typeof req.query.name === 'string' ? req.query.name.slice(0, 300) : 'publication';
    const saved = await this.publications.putFile(actor, id, req, { name, type });
    res.status(200).json({
      id: saved.id,
      fileName: saved.fileName,
      fileBytes: Number(saved.fileBytes),
      fileSha256: saved.fileSha256,
      version: saved.version,
    });
  }

  @Public()
  @Get('certificates/:id')
  async certificateFile(
    @CurrentActor() actor: MaybeActor,
    @Param('id', uuid) id: string,
    @Res() res: Response,
  ): Promise<void> {
    if (!actor) throw ProgrammeErrors.CERTIFICATE_NOT_FOUND();
    const certificate = await this.training.certificate(actor, id);
    if (certificate.status !== CertificateStatus.READY || !certificate.storageKey)
      throw ProgrammeErrors.CERTIFICATE_NOT_FOUND();
    const file = await this.storage.open(certificate.storageKey);
    if (!file) throw ProgrammeErrors.CERTIFICATE_NOT_FOUND();
    res.setHeader('content-type', 'application/pdf');
    if (certificate.bytes) res.setHeader('content-length', certificate.bytes);
    res.setHeader('content-disposition', disposition(`certificate-${certificate.language}.pdf`));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, no-store');
    await stream(res, file);
  }
}
