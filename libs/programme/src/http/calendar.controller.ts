import { Controller, Get, Param, Res } from '@nestjs/common';
import { Clock, PlatformConfig, Public } from '@app/platform';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { calendarOf } from '../services/calendar';
import { EventService } from '../services/event.service';
import { ProgrammeErrors } from '../programme.errors';

const ICS_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.ics$/i;

/**
 * iCalendar files, public like the events: GET /calendar/events/<id>.ics (one event) and
 * GET /calendar/sessions/<id>.ics (the feed of every event beside a negotiation session, which a
 * calendar app can subscribe to). Neither carries an online link.
 */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly events: EventService,
    private readonly dataSource: DataSource,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get('events/:file')
  async event(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = ICS_FILE.exec(file)?.[1];
    if (!id) throw ProgrammeErrors.EVENT_NOT_FOUND();
    const event = await this.events.get(id);
    this.send(res, `event-${event.id}.ics`, calendarOf([event], this.options(event.title)));
  }

  @Public()
  @Get('sessions/:file')
  async session(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const id = ICS_FILE.exec(file)?.[1];
    if (!id) throw ProgrammeErrors.NEGOTIATION_SESSION_NOT_FOUND();
    const [session] = (await this.dataSource.query('SELECT title FROM negotiation_sessions WHERE id = $1', [id])) as {
      title: string;
    }[];
    if (!session) throw ProgrammeErrors.NEGOTIATION_SESSION_NOT_FOUND();
    const events = await this.events.ofSession(id);
    this.send(res, `session-${id}.ics`, calendarOf(events, this.options(`Plenary programme: ${session.title}`)));
  }

  private options(name: string) {
    return { name, publicUrl: this.config.PUBLIC_URL, now: this.clock.now() };
  }

  private send(res: Response, filename: string, body: string): void {
    res.setHeader('content-type', 'text/calendar; charset=utf-8');
    res.setHeader('content-disposition', `inline; filename="${filename}"`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'public, max-age=300');
    res.send(body);
  }
}
