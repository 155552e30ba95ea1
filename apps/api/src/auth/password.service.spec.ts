import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const service = new PasswordService();

  it('stores argon2id with the OWASP parameters and a random salt', async () => {
    const a = await service.hash('een-lang-wachtwoord');
    const b = await service.hash('een-lang-wachtwoord');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password and rejects a wrong one, a missing hash and garbage', async () => {
    const hash = await service.hash('een-lang-wachtwoord');
    expect(await service.verify(hash, 'een-lang-wachtwoord')).toBe(true);
    expect(await service.verify(hash, 'een-lang-wachtwoorD')).toBe(false);
    expect(await service.verify(null, 'schakel-timing-equaliser-not')).toBe(false);
    expect(await service.verify('not-a-hash', 'een-lang-wachtwoord')).toBe(false);
  });
});
