import { Controller, Get, Param, Res } from '@nestjs/common';
import { CurrentActor, MaybeActor, Public } from '@app/platform';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DigestService } from '../services/digest.service';

/**
 * GET /digests/:id/files/:format — streams a digest file. Staff always; anyone once the digest is
 * published; everyone else NOT_FOUND, as for a file that does not exist.
 */
@Controller('digests')
export class DigestFilesController {
  constructor(private readonly digests: DigestService) {}

  @Public()
  @Get(':id/files/:format')
  async download(
    @CurrentActor() actor: MaybeActor,
    @Param('id') id: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.digests.open(actor, id, format);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', file.bytes);
    res.setHeader('content-disposition', `attachment; filename="${file.filename}"`);
    res.setHeader('x-content-sha256', file.sha256);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'private, max-age=300');
    try {
      await pipeline(file.stream, res);
    } catch (error) {
      // The client closed its connection (once it had every byte, or midway): there is nobody left
      // to answer, and it is not a server error to log.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE' || res.destroyed) return;
      throw error;
    }
  }
}
