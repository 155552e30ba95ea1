import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  imports: [CasesModule],
  providers: [SearchResolver, SearchService],
})
export class SearchModule {}
