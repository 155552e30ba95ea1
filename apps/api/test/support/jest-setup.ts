// Integration and API unit tests boot the app, hash passwords (argon2id, ~0.1 s each) and build
// PDFs on a 2-core machine that CI shares.
jest.setTimeout(60_000);
