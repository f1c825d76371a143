import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/** Counts the SQL statements a piece of work issues (tests assert there is no N+1). */
export class SqlLogger extends AbstractLogger {
  statements: string[] = [];

  override logQuery(query: string): void {
    this.statements.push(query);
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Only the statements are kept; nothing is printed.
  }

  reset(): void {
    this.statements = [];
  }

  get count(): number {
    return this.statements.filter((q) => !/^(START TRANSACTION|COMMIT|ROLLBACK)/i.test(q)).length;
  }
}
