import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode, type GraphQLError } from 'graphql';
import { AppError } from '../common/app-error';
import { costErrors, DEFAULT_QUERY_LIMITS, type QueryLimits } from './query-limits';

const NUL = '\u0000';

function nulInText(field: string | undefined): AppError {
  return new AppError(
    'BAD_USER_INPUT',
    `${field ?? 'A text'} contains a NUL character (U+0000), which text may not contain.`,
    { ...(field === undefined ? {} : { field }), http: { status: 400 } },
  );
}

/**
 * A NUL character anywhere in the request's text (variables or literals): PostgreSQL cannot
 * store it in a text column and answered with an internal error halfway through a mutation.
 * Refused before anything runs. The variables are walked without recursion (a deeply nested
 * JSON body must not overflow the stack).
 */
export function nulTextError(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
): AppError | null {
  const stack: [unknown, string][] = Object.entries(variables ?? {}).map(([k, v]) => [v, k]);
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (value.includes(NUL)) return nulInText(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}.${i}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push([item, `${path}.${key}`]);
    }
  }
  let found: AppError | null = null;
  const at: string[] = [];
  const named = {
    enter: (node: { name: { value: string } }) => void at.push(node.name.value),
    leave: () => void at.pop(),
  };
  visit(document, {
    Argument: named,
    ObjectField: named,
    StringValue(node) {
      if (!node.value.includes(NUL)) return undefined;
      found = nulInText(at.length > 0 ? at.join('.') : undefined);
      return BREAK;
    },
  });
  return found;
}

/**
 * Checks that need the variables, after validation and before any resolver: the cost with the
 * page sizes the request really asks for, and text that PostgreSQL cannot store.
 */
export function requestLimitsPlugin(
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, operation, request, schema }) {
          const nul = nulTextError(document, request.variables);
          if (nul) throw nul;
          // Apollo answers "unknown operation" itself when there is none.
          const errors: GraphQLError[] = operation
            ? costErrors(schema, document, operation, request.variables, limits)
            : [];
          if (errors[0]) throw errors[0];
          return Promise.resolve();
        },
      });
    },
  };
}
