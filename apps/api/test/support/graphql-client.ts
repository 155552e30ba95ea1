import type request from 'supertest';

type Agent = ReturnType<typeof request.agent>;

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors: { message: string; extensions?: { code?: string; field?: string } }[] | undefined;
  headers: Record<string, string | string[] | undefined>;
}

/** Posts a GraphQL operation the way the portal does (JSON, preflight header, optional CSRF token). */
export async function gql<T = Record<string, unknown>>(
  agent: Agent,
  query: string,
  variables: Record<string, unknown> = {},
  options: { csrf?: string; headers?: Record<string, string> } = {},
): Promise<GqlResponse<T>> {
  let req = agent
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('apollo-require-preflight', 'true');
  if (options.csrf) req = req.set('x-csrf-token', options.csrf);
  for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
  const res = await req.send({ query, variables });
  const body = res.body as { data?: T | null; errors?: GqlResponse['errors'] };
  return { status: res.status, data: body.data ?? null, errors: body.errors, headers: res.headers };
}

/** The data of a response that must have succeeded (fails the test with its errors otherwise). */
export const ok = <T>(res: GqlResponse<T>): T => {
  expect(res.errors).toBeUndefined();
  return res.data!;
};

export const errorCode = (res: GqlResponse<unknown>): string | undefined =>
  res.errors?.[0]?.extensions?.code;

export const errorField = (res: GqlResponse<unknown>): string | undefined =>
  res.errors?.[0]?.extensions?.field;

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { user { id email displayName } agency { name type } region { name } roles csrfToken sessionExpiresAt }
}`;

export const ME = `query { me { user { id email displayName } agency { name type } region { name } roles csrfToken } }`;

export interface LoginData {
  login: {
    user: { id: string; email: string; displayName: string };
    agency: { name: string; type: string };
    region: { name: string };
    roles: string[];
    csrfToken: string;
    sessionExpiresAt: string;
  };
}

export function login(
  agent: Agent,
  email: string,
  password: string,
  headers: Record<string, string> = {},
) {
  return gql<LoginData>(agent, LOGIN, { input: { email, password } }, { headers });
}
