import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PlatformConfig } from '../config';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  sub: string;
  sid: string;
}

/** Signs and verifies the short-lived access JWT (HS256). */
@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(config: PlatformConfig) {
    // One KeyObject for the process: given the string, jsonwebtoken would build a key on every verify.
    const key = createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8'));
    this.jwt = new JwtService({
      privateKey: key,
      publicKey: key,
      signOptions: { algorithm: 'HS256', expiresIn: ACCESS_TOKEN_TTL_SECONDS, issuer: 'plenary' },
      verifyOptions: { algorithms: ['HS256'], issuer: 'plenary' },
    });
  }

  sign(claims: AccessClaims): string {
    return this.jwt.sign({ sid: claims.sid }, { subject: claims.sub });
  }

  /** The claims of a valid token, or null for anything expired, forged or malformed. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = this.jwt.verify<{ sub?: string; sid?: string }>(token);
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { sub: payload.sub, sid: payload.sid };
    } catch {
      return null;
    }
  }
}
