import { createHash } from 'node:crypto';

/**
 * The hash behind the anonymous team report's labels: SHA-256 of the slug, with a fixed prefix
 * so the labels are this report's own (the same slug hashed elsewhere gives other digits).
 */
export function teamLabelHash(slug: string): string {
  return createHash('sha256')
    .update(`mentoring-journal team report\0${slug}`, 'utf8')
    .digest('hex');
}
