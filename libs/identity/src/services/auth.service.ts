import { setTimeout as delay } from 'node:timers/promises';
import { Injectable } from '@nestjs/common';
import { AuditService } from '@app/audit';
import { EMAIL_SUBJECTS, EmailOutbox } from '@app/notifications';
import {
  AccessTokenService,
  Clock,
  inTransaction,
  isUniqueViolation,
  PlatformConfig,
  PlatformRole,
  RateLimiter,
} from '@app/platform';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  AuthSessionEntity,
  EmailVerificationEntity,
  PasswordResetEntity,
  RefreshTokenEntity,
  UserEntity,
} from '../entities';
import { hashSecretToken, newSecretToken, normaliseEmail } from './secret-token';
import { PasswordAttemptThrottle } from './password-attempt-throttle';
import { PasswordService } from './password.service';
import { IdentityErrors } from '../identity.errors';

const SESSION_TTL_MS = 30 * 24 * 3600 * 1000;
const RESET_TTL_MS = 3600 * 1000;
const VERIFICATION_TTL_MS = 48 * 3600 * 1000;

/**
 * The soonest register, requestPasswordReset and resendVerification answer. The paths for a known
 * and an unknown address differ by a few writes (a few milliseconds, measurable over many tries);
 * answering no sooner than this hides the difference. The wait is a timer, not work.
 */
const REGISTER_FLOOR_MS = 400;
const EMAIL_LINK_FLOOR_MS = 250;

export interface Session {
  accessToken: string;
  refreshToken: string;
  user: UserEntity;
}

/** What register answers, whoever owns the email (or nobody). */
export const REGISTER_MESSAGE =
  'Check your inbox: we sent a link to this address. Open it within 48 hours to finish creating your account.';

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

  /**
   * Starts a registration. The answer is the same for every email, in about the same time (one
   * argon2 hash either way): a new address gets an unverified account and a verification link; an
   * address with an unverified account gets a new link (carrying this registration's password);
   * a verified account's owner is told someone tried. Tokens come only from verifyEmail.
   */
  async register(input: { email: string; password: string; displayName: string }, ip: string): Promise<string> {
    const emailNormalized = normaliseEmail(input.email);
    await this.limiter.consume(
      { key: `register:ip:${ip}`, limit: 20, windowSeconds: 3600 },
      // Each registration emails the address: no one gets to fill someone's inbox.
      { key: `register:account:${hashSecretToken(emailNormalized)}`, limit: 5, windowSeconds: 3600 },
    );
    const weakness = this.passwords.weakness(input.password, input.email);
    if (weakness) throw IdentityErrors.WEAK_PASSWORD('password', weakness);
    const floor = delay(REGISTER_FLOOR_MS);
    // Hashed before looking the email up, so every answer takes the time of one argon2 hash.
    const passwordHash = await this.passwords.hash(input.password);
    const pending = { passwordHash, displayName: input.displayName };
    try {
      await inTransaction(this.dataSource, async (manager) => {
        const existing = await manager.findOne(UserEntity, { where: { emailNormalized } });
        if (existing) return this.registrationForExisting(manager, existing, pending);
        const user = manager.create(UserEntity, {
          email: input.email.trim(),
          emailNormalized,
          displayName: input.displayName,
          passwordHash,
          roles: [],
          emailVerifiedAt: null,
        });
        await manager.save(user);
        await this.audit.record(manager, {
          actorId: user.id,
          action: 'user.registered',
          entityType: 'User',
          entityId: user.id,
          after: { displayName: user.displayName },
        });
        await this.sendVerification(manager, user, pending);
      });
    } catch (error) {
      // Two registrations for one email at once: the loser is handled as one for an existing account.
      if (!isUniqueViolation(error, 'users_email_normalized_key')) throw error;
      await inTransaction(this.dataSource, async (manager) => {
        const existing = await manager.findOneByOrFail(UserEntity, { emailNormalized });
        await this.registrationForExisting(manager, existing, pending);
      });
    }
    await floor;
    return REGISTER_MESSAGE;
  }

  /** Uses an emailed verification link: the account is verified and logged in. The link works once. */
  async verifyEmail(token: string): Promise<Session> {
    return inTransaction(this.dataSource, async (manager) => {
      const verification = await manager.findOne(EmailVerificationEntity, {
        where: { tokenHash: hashSecretToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      const now = this.clock.now();
      if (!verification || verification.usedAt || verification.expiresAt <= now) throw IdentityErrors.LINK_INVALID();
      const user = await manager.findOne(UserEntity, {
        where: { id: verification.userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user || user.emailVerifiedAt) throw IdentityErrors.LINK_INVALID();
      // Every other link of this account is spent too: one registration wins, the one whose link was used.
      await manager.update(EmailVerificationEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
      await manager.update(
        UserEntity,
        { id: user.id },
        { emailVerifiedAt: now, passwordHash: verification.passwordHash, displayName: verification.displayName },
      );
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.email_verified',
        entityType: 'User',
        entityId: user.id,
      });
      return this.startSession(manager, await manager.findOneByOrFail(UserEntity, { id: user.id }));
    });
  }

  /** Sends a new verification link if the address has an unverified account. Always true. */
  async resendVerification(email: string, ip: string): Promise<boolean> {
    const emailNormalized = normaliseEmail(email);
    await this.limiter.consume(
      { key: `verify:ip:${ip}`, limit: 20, windowSeconds: 3600 },
      { key: `verify:account:${hashSecretToken(emailNormalized)}`, limit: 5, windowSeconds: 3600 },
    );
    const floor = delay(EMAIL_LINK_FLOOR_MS);
    await inTransaction(this.dataSource, async (manager) => {
      const user = await manager.findOne(UserEntity, { where: { emailNormalized } });
      if (!user || user.emailVerifiedAt) return;
      // The link carries the latest registration's password, as the one it replaces did.
      const latest = await manager.findOne(EmailVerificationEntity, {
        where: { userId: user.id },
        order: { createdAt: 'DESC' },
      });
      await this.sendVerification(manager, user, {
        passwordHash: latest?.passwordHash ?? user.passwordHash,
        displayName: latest?.displayName ?? user.displayName,
      });
    });
    await floor;
    return true;
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
    if (weakness) throw IdentityErrors.WEAK_PASSWORD('password', weakness);
    const passwordHash = await this.passwords.hash(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      // An operator vouches for the address (first staff user, demo data).
      const user = manager.create(UserEntity, {
        email: input.email.trim(),
        emailNormalized: normaliseEmail(input.email),
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
        emailVerifiedAt: this.clock.now(),
      });
      try {
        await manager.save(user);
      } catch (error) {
        if (isUniqueViolation(error, 'users_email_normalized_key')) throw IdentityErrors.EMAIL_TAKEN();
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
    // Unverified is refused exactly as a wrong password is (and still counts as a failed attempt).
    if (!user || !ok || !user.emailVerifiedAt) throw IdentityErrors.BAD_CREDENTIALS();
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
    if (!token?.session) throw IdentityErrors.SESSION_ENDED();
    const session = token.session;
    if (session.revokedAt || session.expiresAt <= this.clock.now()) throw IdentityErrors.SESSION_ENDED();
    if (token.usedAt) {
      await this.revokeSession(session.id, 'refresh-token-reuse');
      throw IdentityErrors.SESSION_ENDED();
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
      throw IdentityErrors.SESSION_ENDED();
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
    const floor = delay(EMAIL_LINK_FLOOR_MS);
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
          // An unverified account's name was chosen by whoever registered, maybe not the address's owner.
          user.emailVerifiedAt ? `Hello ${user.displayName},` : 'Hello,',
          '',
          'Someone asked to reset the password of your Plenary account. If it was you, open this link within an hour:',
          '',
          `${this.config.PUBLIC_URL}/reset-password#token=${token}`,
          '',
          'If it was not you, ignore this email: your password stays as it is.',
        ].join('\n'),
      });
    });
    await floor;
    return true;
  }

  /** Sets a new password with a reset token, and ends every session of the account. */
  async resetPassword(input: { token: string; newPassword: string }): Promise<boolean> {
    const tokenHash = hashSecretToken(input.token);
    const reset = await this.dataSource
      .getRepository(PasswordResetEntity)
      .findOne({ where: { tokenHash }, relations: { user: true } });
    if (!reset?.user || reset.usedAt || reset.expiresAt <= this.clock.now()) throw IdentityErrors.LINK_INVALID();
    const weakness = this.passwords.weakness(input.newPassword, reset.user.email);
    if (weakness) throw IdentityErrors.WEAK_PASSWORD('newPassword', weakness);
    const passwordHash = await this.passwords.hash(input.newPassword);
    await inTransaction(this.dataSource, async (manager) => {
      const claimed = await manager.update(
        PasswordResetEntity,
        { id: reset.id, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
      if (claimed.affected !== 1) throw IdentityErrors.LINK_INVALID();
      // The reset link proved the address, as a verification link would have; older links are spent.
      await manager.update(UserEntity, { id: reset.userId }, { passwordHash });
      await manager.update(
        UserEntity,
        { id: reset.userId, emailVerifiedAt: IsNull() },
        { emailVerifiedAt: this.clock.now() },
      );
      await manager.update(
        EmailVerificationEntity,
        { userId: reset.userId, usedAt: IsNull() },
        { usedAt: this.clock.now() },
      );
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
   * A registration for an address that has an account. Unverified: a new link, carrying this
   * registration's password and name (so a stranger who registered the address first gets nothing
   * once its owner uses their own link). Verified: the owner is told, and nothing changes.
   */
  private async registrationForExisting(
    manager: EntityManager,
    existing: UserEntity,
    pending: { passwordHash: string; displayName: string },
  ): Promise<void> {
    if (!existing.emailVerifiedAt) return this.sendVerification(manager, existing, pending);
    await this.mail.queue(manager, {
      to: existing.email,
      subject: EMAIL_SUBJECTS.REGISTRATION_ATTEMPT,
      text: [
        `Hello ${existing.displayName},`,
        '',
        'Someone tried to create a Plenary account with this email address, which already has one.',
        `If it was you, log in instead, or reset your password at ${this.config.PUBLIC_URL}/forgot-password.`,
        'If it was not you, you need do nothing.',
      ].join('\n'),
    });
  }

  /** A verification link for the account, bound to the password and name it will set. */
  private async sendVerification(
    manager: EntityManager,
    user: UserEntity,
    pending: { passwordHash: string; displayName: string },
  ): Promise<void> {
    const token = newSecretToken();
    await manager.insert(EmailVerificationEntity, {
      userId: user.id,
      tokenHash: hashSecretToken(token),
      passwordHash: pending.passwordHash,
      displayName: pending.displayName,
      expiresAt: new Date(this.clock.now().getTime() + VERIFICATION_TTL_MS),
      usedAt: null,
    });
    // No name in the greeting: whoever registered chose it, and the email goes to an address they may not own.
    await this.mail.queue(manager, {
      to: user.email,
      subject: EMAIL_SUBJECTS.VERIFY_EMAIL,
      text: [
        'Hello,',
        '',
        'Someone — we hope you — asked to create a Plenary account with this email address. To confirm it and log in, open this link within 48 hours:',
        '',
        `${this.config.PUBLIC_URL}/verify-email?token=${token}`,
        '',
        'If it was not you, ignore this email: no account is created unless the link is used.',
      ].join('\n'),
    });
  }
}
