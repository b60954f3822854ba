/**
 * The backend as the widget sees it. Shapes come from docs/openapi.yaml through the generated
 * schema, so the client, the mocks and the contract cannot drift apart silently.
 */
import type { components } from '../generated/api-schema.js';

type Schemas = components['schemas'];
export type Captcha = Schemas['Captcha'];
export type OtpChallenge = Schemas['OtpChallenge'];
export type Registration = Schemas['Registration'];
export type RegistrationRequest = Schemas['RegistrationRequest'];
export type PhoneDetails = Schemas['PhoneDetails'];
export type OtpVerified = Schemas['OtpVerified'];
export type PasswordPolicy = Schemas['PasswordPolicy'];
export type Account = Schemas['Account'];
export type Problem = Schemas['Problem'];
export type BhxhDetails = Schemas['BhxhDetails'];
export type VnpostDetails = Schemas['VnpostDetails'];
export type Address = Schemas['Address'];
export type AdminUnit = Schemas['AdminUnit'];
export type UsernameAvailability = Schemas['UsernameAvailability'];
export type Activation = Schemas['Activation'];
export type EmailChallenge = Schemas['EmailChallenge'];
export type ActivationChannel = Activation['channel'];
export type FieldError = Schemas['FieldError'];
export type RemoteSigningRequest = Schemas['RemoteSigningRequest'];
export type RemoteSigningTransaction = Schemas['RemoteSigningTransaction'];
export type RemoteSigningStatus = Schemas['RemoteSigningStatus'];
export type RemoteSigningStatusCode = Schemas['RemoteSigningStatusCode'];
export type RemoteSigningAccountRequest = Schemas['RemoteSigningAccountRequest'];

/** Every call takes an optional signal so a step that goes away can drop its request. */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface RegistrationApi {
  createCaptcha(options?: CallOptions): Promise<Captcha>;
  /** The same captcha read aloud (offered when `Captcha.audio` is true); does not spend the token. */
  captchaAudio(captchaId: string, options?: CallOptions): Promise<Blob>;
  startRegistration(request: RegistrationRequest, options?: CallOptions): Promise<Registration>;
  resendOtp(registrationId: string, options?: CallOptions): Promise<OtpChallenge>;
  verifyOtp(registrationId: string, code: string, options?: CallOptions): Promise<OtpVerified>;
  setPassword(registrationId: string, password: string, options?: CallOptions): Promise<Account>;
  /** Vietnam Post accounts: sends the OTP or the activation link; again to resend. */
  chooseActivation(registrationId: string, channel: ActivationChannel, options?: CallOptions): Promise<Activation>;
  checkUsername(username: string, options?: CallOptions): Promise<UsernameAvailability>;
  listProvinces(options?: CallOptions): Promise<readonly AdminUnit[]>;
  listCommunes(provinceCode: string, options?: CallOptions): Promise<readonly AdminUnit[]>;
}

/**
 * Remote signing (SIM ký số, VNPT SmartCA): start, poll, cancel, then create the account. Apart
 * from RegistrationApi so its client loads with the remote-signing steps, not with every page.
 */
export interface RemoteSigningApi {
  startRemoteSigning(request: RemoteSigningRequest, options?: CallOptions): Promise<RemoteSigningTransaction>;
  getRemoteSigningStatus(transactionId: string, options?: CallOptions): Promise<RemoteSigningStatus>;
  cancelRemoteSigning(transactionId: string, options?: CallOptions): Promise<RemoteSigningStatus>;
  createRemoteSigningAccount(transactionId: string, request: RemoteSigningAccountRequest, options?: CallOptions): Promise<Account>;
}
