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
    // A failure to read the stored file is a server error (logged once, by the exception filter);
    // any other end of the pipeline is the client closing its connection — once it had every
    // byte, or midway — which leaves nobody to answer and nothing to log.
    let readError: unknown;
    file.stream.once('error', (error) => (readError = error));
    try {
      await pipeline(file.stream, res);
    } catch (error) {
      // (pipeline destroys the file stream with the client's premature close too.)
      if (readError && !isClientGone(readError)) throw readError;
      if (isClientGone(error)) return;
      throw error;
    }
  }
}

const CLIENT_GONE = new Set(['ERR_STREAM_PREMATURE_CLOSE', 'ECONNRESET', 'EPIPE', 'ERR_STREAM_DESTROYED']);

function isClientGone(error: unknown): boolean {
  return CLIENT_GONE.has((error as NodeJS.ErrnoException)?.code ?? '');
}
