import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { EMAIL_SUBJECTS, EmailOutbox } from '@app/notifications';
import {
  AccessTokenService,
  Clock,
  DomainException,
  ErrorCode,
  inTransaction,
  isUniqueViolation,
  PlatformConfig,
  PlatformRole,
  RateLimiter,
} from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthSessionEntity, PasswordResetEntity, RefreshTokenEntity, UserEntity } from '../entities';
import { hashSecretToken, newSecretToken, normaliseEmail } from './secret-token';
import { PasswordAttemptThrottle } from './password-attempt-throttle';
import { PasswordService } from './password.service';

const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

const BAD_CREDENTIALS = 'Email or password is incorrect';
const BAD_REFRESH = 'Your session has ended; log in again';

/**
 * Accounts and sessions. Register, login and password reset answer the same way, in about the same
 * time, whether or not an account exists for the email, so the API cannot be used to find out who
 * uses Plenary.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly tokens: AccessTokenService,
    private readonly limiter: RateLimiter,
    private readonly throttle: PasswordAttemptThrottle,
    private readonly audit: AuditService,
    private readonly mail: EmailOutbox,
    private readonly config: PlatformConfig,
    private readonly clock: Clock,
  ) {}

  async register(input: { email: string; password: string; displayName: string }, ip: string): Promise<Session> {
    await this.limiter.consume({ key: `register:ip:${ip}`, limit: 20, windowSeconds: 3600 });
    const weakness = this.passwords.weakness(input.password, input.email);
    if (weakness) throw DomainException.badInput('password', weakness);
    const emailNormalized = normaliseEmail(input.email);
    // Hashed before looking the email up, so both answers take the time of one argon2 hash.
    const passwordHash = await this.passwords.hash(input.password);
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const existing = await manager.findOne(UserEntity, { where: { emailNormalized }, select: { id: true } });
        if (existing) return this.answerForTakenEmail(manager, input);
        const user = manager.create(UserEntity, {
          email: input.email.trim(),
          emailNormalized,
          displayName: input.displayName,
          passwordHash,
          roles: [],
        });
        await manager.save(user);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'user.registered',
          entityType: 'User',
          entityId: user.id,
          after: { displayName: user.displayName },
        });
        return this.startSession(manager, user);
      });
    } catch (error) {
      // Two registrations for one email at once: the loser gets the same answer as a taken email.
      if (isUniqueViolation(error, 'users_email_normalized_key')) {
        return inTransaction(this.dataSource, (m) => this.answerForTakenEmail(m, input));
      }
      throw error;
    }
  }

  /**
   * Creates an account without the public checks (rate limit, enumeration-safe answer): for the
   * operators' CLI (first staff user, demo data). The password rules still apply.
   */
  async createAccount(input: {
    email: string;
    displayName: string;
    password: string;
    roles: PlatformRole[];
  }): Promise<UserEntity> {
    const weakness = this.passwords.weakness(input.password, input.email);
    if (weakness) throw DomainException.badInput('password', weakness);
    const passwordHash = await this.passwords.hash(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const user = manager.create(UserEntity, {
        email: input.email.trim(),
        emailNormalized: normaliseEmail(input.email),
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
      });
      try {
        await manager.save(user);
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_normalized_key'))
          throw DomainException.conflict('An account with this email already exists');
        throw error;
      }
      await this.audit.record(manager, {
        actorId: null,
        action: 'user.created_by_operator',
        entityType: 'User',
        entityId: user.id,
        after: { displayName: user.displayName, roles: user.roles },
      });
      return user;
    });
  }

  async login(input: { email: string; password: string }, ip: string): Promise<Session> {
    const emailNormalized = normaliseEmail(input.email);
    await this.throttle.attempt(emailNormalized, ip);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { emailNormalized } });
    const ok = await this.passwords.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) throw new DomainException(ErrorCode.UNAUTHENTICATED, BAD_CREDENTIALS);
    await this.throttle.succeeded(emailNormalized, ip);
    return inTransaction(this.dataSource, async (manager) => {
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.logged_in',
        entityType: 'User',
        entityId: user.id,
      });
      return this.startSession(manager, user);
    });
  }

  /**
   * Rotates a refresh token. Each token works once; presenting a used one means it was stolen or
   * replayed, so the whole session (every token descended from the same login) is revoked.
   */
  async refresh(refreshToken: string): Promise<Session> {
    const tokenHash = hashSecretToken(refreshToken);
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash }, relations: { session: true } });
    if (!token?.session) throw new DomainException(ErrorCode.UNAUTHENTICATED, BAD_REFRESH);
    const session = token.session;
    if (session.revokedAt || session.expiresAt <= this.clock.now())
      throw new DomainException(ErrorCode.UNAUTHENTICATED, BAD_REFRESH);
    if (token.usedAt) {
      await this.revokeSession(session.id, 'refresh-token-reuse');
      throw new DomainException(ErrorCode.UNAUTHENTICATED, BAD_REFRESH);
    }
    const rotated = await inTransaction(this.dataSource, async (manager) => {
      const claimed = await manager.update(
        RefreshTokenEntity,
        { id: token.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (claimed.affected !== 1) return null;
      const user = await manager.findOneOrFail(UserEntity, { where: { id: session.userId } });
      return this.issueTokens(manager, session, user);
    });
    if (!rotated) {
      // Another request used the same token at the same moment: that is reuse too.
      await this.revokeSession(session.id, 'refresh-token-reuse');
      throw new DomainException(ErrorCode.UNAUTHENTICATED, BAD_REFRESH);
    }
    return rotated;
  }

  /** Ends the session the refresh token belongs to. Always answers true. */
  async logout(refreshToken: string): Promise<boolean> {
    const token = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOne({ where: { tokenHash: hashSecretToken(refreshToken) } });
    if (token) await this.revokeSession(token.sessionId, 'logout');
    return true;
  }

  /** Emails a reset link when the account exists; answers true either way. */
  async requestPasswordReset(email: string, ip: string): Promise<boolean> {
    const emailNormalized = normaliseEmail(email);
    await this.limiter.consume(
      { key: `reset:ip:${ip}`, limit: 20, windowSeconds: 3600 },
      { key: `reset:account:${hashSecretToken(emailNormalized)}`, limit: 5, windowSeconds: 3600 },
    );
    const token = newSecretToken();
    await inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { emailNormalized } });
      if (!user) return;
      await manager.insert(PasswordResetEntity, {
        userId: user.id,
        tokenHash: hashSecretToken(token),
        expiresAt: new Date(this.clock.now().getTime() + RESET_TTL_MS),
      });
      await this.audit.record(manager, {
        actorId: null,
        action: 'user.password_reset_requested',
        entityType: 'User',
        entityId: user.id,
      });
      await this.mail.queue(manager, {
        to: user.email,
        subject: EMAIL_SUBJECTS.PASSWORD_RESET,
        text: [
          `Hello ${user.displayName},`,
          '',
          'Someone asked to reset the password of your Plenary account. If it was you, open this link within an hour:',
          '',
          `${this.config.PUBLIC_URL}/account/reset-password#token=${token}`,
          '',
          'If it was not you, ignore this email: your password stays as it is.',
        ].join('\n'),
      });
    });
    return true;
  }

  /** Sets a new password with a reset token, and ends every session of the account. */
  async resetPassword(input: { token: string; newPassword: string }): Promise<boolean> {
    const tokenHash = hashSecretToken(input.token);
    const invalid = DomainException.badInput('token', 'is invalid or has expired');
    const reset = await this.dataSource
      .getRepository(PasswordResetEntity)
      .findOne({ where: { tokenHash }, relations: { user: true } });
    if (!reset?.user || reset.usedAt || reset.expiresAt <= this.clock.now()) throw invalid;
    const weakness = this.passwords.weakness(input.newPassword, reset.user.email);
    if (weakness) throw DomainException.badInput('newPassword', weakness);
    const passwordHash = await this.passwords.hash(input.newPassword);
    await inTransaction(this.dataSource, async (manager) => {
      const claimed = await manager.update(
        PasswordResetEntity,
        { id: reset.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (claimed.affected !== 1) throw invalid;
      await manager.update(UserEntity, { id: reset.userId }, { passwordHash });
      await manager.update(
        AuthSessionEntity,
        { userId: reset.userId, revokedAt: IsNull() },
        { revokedAt: this.clock.now(), revokedReason: 'password-reset' },
      );
      await this.audit.record(manager, {
        actorId: reset.userId,
        action: 'user.password_reset',
        entityType: 'User',
        entityId: reset.userId,
      });
    });
    return true;
  }

  private async startSession(manager: EntityManager, user: UserEntity): Promise<Session> {
    const session = manager.create(AuthSessionEntity, {
      userId: user.id,
      expiresAt: new Date(this.clock.now().getTime() + SESSION_TTL_MS),
      revokedAt: null,
      revokedReason: null,
    });
    await manager.save(session);
    return this.issueTokens(manager, session, user);
  }

  private async issueTokens(manager: EntityManager, session: AuthSessionEntity, user: UserEntity): Promise<Session> {
    const refreshToken = newSecretToken();
    await manager.insert(RefreshTokenEntity, { sessionId: session.id, tokenHash: hashSecretToken(refreshToken) });
    return { accessToken: this.tokens.sign({ sub: user.id, sid: session.id }), refreshToken, user };
  }

  private async revokeSession(sessionId: string, reason: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const result = await manager.update(
        AuthSessionEntity,
        { id: sessionId, revokedAt: IsNull() },
        { revokedAt: this.clock.now(), revokedReason: reason },
      );
      if (result.affected === 1) {
        const session = await manager.findOneByOrFail(AuthSessionEntity, { id: sessionId });
        await this.audit.record(manager, {
          actorId: session.userId,
          action: `session.revoked`,
          entityType: 'User',
          entityId: session.userId,
          after: { reason },
        });
      }
    });
  }

  /**
   * The answer to a registration for an email that already has an account: it looks like a
   * success (tokens of the same shape, for an account that does not exist), and the owner is told
   * by email. A caller learns nothing until the tokens fail, as they would after an expiry.
   */
  private async answerForTakenEmail(
    manager: EntityManager,
    input: { email: string; displayName: string },
  ): Promise<Session> {
    const owner = await manager.findOneOrFail(UserEntity, { where: { emailNormalized: normaliseEmail(input.email) } });
    await this.mail.queue(manager, {
      to: owner.email,
      subject: EMAIL_SUBJECTS.REGISTRATION_ATTEMPT,
      text: [
        `Hello ${owner.displayName},`,
        '',
        'Someone tried to create a Plenary account with this email address, which already has one.',
        `If it was you, log in instead, or reset your password at ${this.config.PUBLIC_URL}/account/forgot-password.`,
        'If it was not you, you need do nothing.',
      ].join('\n'),
    });
    const phantom = manager.create(UserEntity, {
      id: randomUUID(),
      email: input.email.trim(),
      emailNormalized: '',
      displayName: input.displayName,
      passwordHash: '',
      roles: [],
      createdAt: this.clock.now(),
    });
    return {
      accessToken: this.tokens.sign({ sub: phantom.id, sid: randomUUID() }),
      refreshToken: newSecretToken(),
      user: phantom,
    };
  }
}
