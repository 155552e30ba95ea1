// Integration tests boot the app and hash passwords (argon2id, ~0.1 s each) on a 2-core machine.
jest.setTimeout(60_000);
