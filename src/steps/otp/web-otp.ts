/**
 * The WebOTP API (Chrome on Android): reads the code from the incoming SMS when the message ends
 * with "@<portal host> #<code>". Where the browser lacks it, nothing happens.
 */
interface OtpCredential extends Credential {
  readonly code: string;
}

export function webOtpSupported(): boolean {
  return typeof window !== 'undefined' && 'OTPCredential' in window && Boolean(navigator.credentials);
}

/** Resolves with the code, or undefined when unsupported, refused, or aborted. */
export async function receiveOtp(signal: AbortSignal): Promise<string | undefined> {
  if (!webOtpSupported()) return undefined;
  try {
    const credential = (await navigator.credentials.get({ otp: { transport: ['sms'] }, signal } as CredentialRequestOptions)) as OtpCredential | null;
    return credential?.code;
  } catch {
    return undefined;
  }
}
