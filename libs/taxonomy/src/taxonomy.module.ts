import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { TagResolver } from './tag.resolver';
import { TagService } from './tag.service';

/** The tag vocabulary: GENDER, HUMAN_RIGHTS and THEME terms. */
@Module({ imports: [AuditModule], providers: [TagService], exports: [TagService] })
export class TaxonomyModule {}

@Module({ imports: [TaxonomyModule], providers: [TagResolver] })
export class TaxonomyGraphqlModule {}
