import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import type { ItemCursor } from './information.queries';

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f-]{36})$/;

/** Opaque to clients: the item's position (created_at to the microsecond, id). */
export function encodeItemCursor(cursor: ItemCursor): string {
  return Buffer.from(`${cursor.at}|${cursor.id}`).toString('base64url');
}

export function decodeItemCursor(value: string, field: string): ItemCursor {
  const match = CURSOR.exec(Buffer.from(value, 'base64url').toString('utf8'));
  if (!match) throw SharingError.badInput(field, 'The cursor is not valid.');
  return { at: match[1]!, id: uuidArg(match[2]!, field) };
}
