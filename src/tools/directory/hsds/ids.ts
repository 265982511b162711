import { createHash } from 'node:crypto';

/**
 * HSDS requires UUIDs. Ours are derived from the directory's own ids with UUID version 5
 * (RFC 9562: SHA-1 of a namespace and a name), so every export gives the same UUID for the same
 * record and a consumer can update instead of duplicating.
 */

/** This project's fixed namespace (a random v4 UUID chosen once; never change it). */
const HSDS_NAMESPACE = '000fd027-b4b5-4283-b4d9-c1515c6db48b';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function uuidV5(name: string, namespace: string = HSDS_NAMESPACE): string {
  if (!isUuid(namespace)) throw new Error(`Namespace „${namespace}“ ist keine UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Id of a record kind + our id, e.g. hsdsId('service', 'familienbuero-unna-beratung'). */
export function hsdsId(kind: string, ...parts: (string | number)[]): string {
  return uuidV5(`${kind}:${parts.join(':')}`);
}
