import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

describe('SecretBox', () => {
  const box = SecretBox.withKey(randomBytes(32));

  it('opens what it sealed for the same context, and the sealed bytes do not hold the plain text', () => {
    const sealed = box.seal('client-secret-value', 'agency-sso:a');
    expect(sealed.toString('latin1')).not.toContain('client-secret-value');
    expect(box.open(sealed, 'agency-sso:a')).toBe('client-secret-value');
  });

  it('refuses a sealed value moved to another row, altered, or sealed under another key', () => {
    const sealed = box.seal('client-secret-value', 'agency-sso:a');
    expect(box.open(sealed, 'agency-sso:b')).toBeNull();
    const altered = Buffer.from(sealed);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 1;
    expect(box.open(altered, 'agency-sso:a')).toBeNull();
    expect(SecretBox.withKey(randomBytes(32)).open(sealed, 'agency-sso:a')).toBeNull();
  });
});
