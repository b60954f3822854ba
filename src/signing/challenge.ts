/**
 * What the token signs for a registration challenge, so a signature is worth nothing anywhere
 * else: SHA-256( SHA-256(origin) ‖ SHA-256(nonce) ), the Web eID construction (signing-plugins.md,
 * "Design references"). The backend recomputes it from the nonce it issued and the origin it
 * expects; a signature made on another site, or over another challenge, does not verify.
 */

const encoder = new TextEncoder();

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToBase64(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary);
}

async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', data as BufferSource));
}

/** The to-be-signed bytes: SHA-256(origin) ‖ SHA-256(nonce). */
export async function toBeSigned(nonceBase64: string, origin: string): Promise<Uint8Array> {
  const [originHash, nonceHash] = await Promise.all([sha256(encoder.encode(origin)), sha256(base64ToBytes(nonceBase64))]);
  const joined = new Uint8Array(64);
  joined.set(originHash, 0);
  joined.set(nonceHash, 32);
  return joined;
}

/** The base64 SHA-256 digest of the to-be-signed bytes: what the plugin is asked to sign. */
export async function challengeDigest(nonceBase64: string, origin: string): Promise<string> {
  return bytesToBase64(await sha256(await toBeSigned(nonceBase64, origin)));
}
