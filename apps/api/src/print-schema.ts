import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { RESOLVERS } from './resolvers';

const HEADER = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# Regenerate with: npm run schema:generate
# ------------------------------------------------------
`;

/** The schema as SDL, built from the resolver classes without a database. */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, {
    logger: false,
  });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

if (require.main === module) {
  const target = process.argv[2];
  if (!target) throw new Error('usage: print-schema <output file>');
  buildSchemaSdl()
    .then((sdl) => writeFileSync(target, sdl))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
