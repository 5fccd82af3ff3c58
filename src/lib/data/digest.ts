// The SHA-256 of a text's UTF-8 bytes, in hex, without holding the page: the browser's own digest
// (Web Crypto, off the main thread) where the page may use it, a secure context; else this
// project's (sha256.ts), which gives the same digits.
import { sha256Hex } from './sha256';

export async function digestHex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) return sha256Hex(text);
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
