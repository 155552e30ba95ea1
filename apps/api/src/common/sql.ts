/** One SQL statement with its positional parameters, as a `*.queries.ts` builder returns it. */
export interface Statement {
  sql: string;
  params: unknown[];
}

/** Parameters of one statement, numbered as they are added. */
export class SqlParams {
  readonly values: unknown[];

  constructor(initial: readonly unknown[] = []) {
    this.values = [...initial];
  }

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}
