import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}

@Module({ imports: [AuditModule], providers: [AuditResolver] })
export class AuditGraphqlModule {}
