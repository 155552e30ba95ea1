import { Injectable } from '@nestjs/common';
import { argon2id, argon2Verify } from 'hash-wasm';
import { randomBytes } from 'node:crypto';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. WebAssembly rather than a native
// addon: the prebuilt native argon2 binary crashed (SIGSEGV) on our Debian machines, and WASM runs
// the same everywhere. A hash takes ~100 ms on one core and blocks the event loop for that time.
const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19456, hashLength: 32 } as const;

@Injectable()
export class PasswordService {
  // Verified when the account does not exist, so both paths take about as long.
  private readonly dummyHash = this.hash('schakel-timing-equaliser');

  /** A PHC-encoded argon2id hash ($argon2id$v=19$m=…,t=…,p=…$salt$hash) with a random salt. */
  hash(password: string): Promise<string> {
    return argon2id({ password, salt: randomBytes(16), ...PARAMS, outputType: 'encoded' });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      return await argon2Verify({ password, hash: hash ?? (await this.dummyHash) });
    } catch {
      return false;
    }
  }
}
