import { Controller, Get, Param, Res } from '@nestjs/common';
import { CurrentActor, MaybeActor, Public } from '@app/platform';
import type { Response } from 'express';
import { DigestService } from '../services/digest.service';

const FILE_HEADERS = ['content-type', 'content-length', 'content-disposition', 'x-content-sha256', 'cache-control'];

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
    // A failure to read the stored file is a server error: the exception filter logs it once and
    // answers 500 with its error id (or cuts the connection if part of the file was sent). The
    // response closing first is the client hanging up — once it had every byte, or midway —
    // which leaves nobody to answer and nothing to log.
    await new Promise<void>((resolve, reject) => {
      file.stream.once('error', (error) => {
        file.stream.unpipe(res);
        // Nothing sent yet: the error answer must not go out labelled as the file.
        if (!res.headersSent) for (const header of FILE_HEADERS) res.removeHeader(header);
        reject(error);
      });
      res.once('close', () => {
        file.stream.destroy();
        resolve();
      });
      file.stream.pipe(res);
    });
  }
}
