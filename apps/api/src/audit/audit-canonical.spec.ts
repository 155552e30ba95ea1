import {
  auditContentHash,
  auditLinkHash,
  auditRowHash,
  canonicalAuditContent,
  canonicalAuditRow,
  GENESIS_HASH,
  type CanonicalAuditRow,
} from './audit-canonical';

const row: CanonicalAuditRow = {
  id: '7',
  regionId: '11111111-1111-4111-8111-111111111111',
  seq: '3',
  occurredAt: '2026-11-22T09:15:00.123456Z',
  actorUserId: '22222222-2222-4222-8222-222222222222',
  onBehalfOfUserId: null,
  actorAgencyId: '33333333-3333-4333-8333-333333333333',
  actorAgencyType: 'POLICE',
  actorRoles: ['MEMBER'],
  action: 'LOOKUP',
  result: 'ALLOWED',
  operation: 'agreedApproach.lookup',
  personIds: ['44444444-4444-4444-8444-444444444444'],
  caseId: null,
  categories: ['PLAN'],
  fields: [],
  recordType: null,
  recordId: null,
  accessBasis: 'covenant',
  purpose: 'Controle op straat',
  reasonCode: null,
  originAddress: '10.0.0.1',
  userAgent: null,
  requestId: 'req-1',
};

describe('canonicalAuditRow', () => {
  it('writes every field length-prefixed in a fixed order, "~" for NULL and counted lists', () => {
    expect(canonicalAuditRow(row)).toBe(
      'v1|1:7|36:11111111-1111-4111-8111-111111111111|1:3|27:2026-11-22T09:15:00.123456Z|' +
        '36:22222222-2222-4222-8222-222222222222|~|36:33333333-3333-4333-8333-333333333333|' +
        '6:POLICE|[16:MEMBER]|6:LOOKUP|7:ALLOWED|21:agreedApproach.lookup|' +
        '[136:44444444-4444-4444-8444-444444444444]|~|[14:PLAN]|[0]|~|~|8:covenant|' +
        '18:Controle op straat|~|8:10.0.0.1|~|5:req-1',
    );
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(canonicalAuditRow({ ...row, purpose: 'één 🚓' })).toContain('|10:één 🚓|'); // 6 UTF-16 units, 10 bytes;
  });

  it('cannot be fooled by separators inside values', () => {
    // Moving text between two neighbouring fields must change the form.
    const a = canonicalAuditRow({ ...row, purpose: 'a|~', reasonCode: null });
    const b = canonicalAuditRow({ ...row, purpose: 'a', reasonCode: null, originAddress: '~' });
    expect(a).not.toBe(b);
    expect(canonicalAuditRow({ ...row, categories: ['A', 'B'] })).not.toBe(
      canonicalAuditRow({ ...row, categories: ['A|1:B'] }),
    );
    expect(canonicalAuditRow({ ...row, fields: [''] })).not.toBe(canonicalAuditRow(row));
    expect(canonicalAuditRow({ ...row, purpose: '' })).not.toBe(
      canonicalAuditRow({ ...row, purpose: null }),
    );
  });

  it('hashes over the previous hash, so the same row in another place hashes differently', () => {
    const first = auditRowHash(GENESIS_HASH, row);
    expect(first).toHaveLength(32);
    expect(auditRowHash(first, row).equals(first)).toBe(false);
    expect(auditRowHash(GENESIS_HASH, { ...row }).equals(first)).toBe(true);
    expect(
      auditRowHash(GENESIS_HASH, { ...row, purpose: 'Controle op straaT' }).equals(first),
    ).toBe(false);
  });
});

describe('v2: content hashed by the app, linked by the database', () => {
  it('the content form is the v1 form without id, seq and time', () => {
    expect(canonicalAuditContent(row)).toBe(
      canonicalAuditRow(row)
        .replace('v1|1:7|', 'c2|')
        .replace('|1:3|27:2026-11-22T09:15:00.123456Z|', '|'),
    );
  });

  it('the link covers id, seq, time, the previous hash and the content hash', () => {
    const content = auditContentHash(row);
    const link = auditLinkHash(GENESIS_HASH, row, content);
    expect(auditLinkHash(GENESIS_HASH, { ...row, seq: '4' }, content).equals(link)).toBe(false);
    expect(auditLinkHash(GENESIS_HASH, { ...row, id: '8' }, content).equals(link)).toBe(false);
    expect(
      auditLinkHash(GENESIS_HASH, { ...row, occurredAt: '2026-11-22T09:15:00.123457Z' }, content),
    ).not.toEqual(link);
    expect(auditLinkHash(link, row, content).equals(link)).toBe(false);
    expect(
      auditLinkHash(GENESIS_HASH, row, auditContentHash({ ...row, purpose: 'x' })).equals(link),
    ).toBe(false);
    expect(auditLinkHash(GENESIS_HASH, { ...row }, auditContentHash({ ...row }))).toEqual(link);
  });
});

describe('c3: an event with a detail (ADR 0018)', () => {
  const detail = '{"after":{"active":false},"before":{"active":true}}';

  it('is the c2 form prefixed "c3" with the detail as one more field', () => {
    expect(canonicalAuditContent({ ...row, detail })).toBe(
      `${canonicalAuditContent(row).replace(/^c2\|/, 'c3|')}|${detail.length}:${detail}`,
    );
  });

  it('an event without detail keeps the c2 form byte for byte (old rows verify unchanged)', () => {
    expect(canonicalAuditContent({ ...row, detail: null })).toBe(canonicalAuditContent(row));
    expect(canonicalAuditContent({ ...row, detail: undefined })).toMatch(/^c2\|/);
  });

  it('a changed or removed detail changes the content hash', () => {
    const hash = auditContentHash({ ...row, detail });
    expect(auditContentHash({ ...row, detail: detail.replace('false', 'true') })).not.toEqual(hash);
    expect(auditContentHash({ ...row, detail: null })).not.toEqual(hash);
    // Text moved from the last c2 field into the detail cannot give the same form.
    expect(canonicalAuditContent({ ...row, requestId: 'req-1|2:{}', detail: null })).not.toBe(
      canonicalAuditContent({ ...row, detail: '{}' }),
    );
  });
});
