/**
 * What the wizard offers: subjects, methods and the steps each method walks through.
 * Pure data, no DOM. A method is listed here only once all of its steps exist, so configuration
 * can never offer a path the widget cannot finish.
 */

export const SUBJECTS = ['citizen', 'business', 'agency'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Every method the product knows (registration-flows.md), built or not yet. */
export const KNOWN_METHODS = ['phone', 'bhxh', 'vnpost', 'usb', 'sim', 'smartca', 'vneid'] as const;
export type Method = (typeof KNOWN_METHODS)[number];

/** Steps after subject and method choice; each method lists its own. */
export type MethodStep =
  | 'details'
  | 'activation'
  | 'otp'
  | 'password'
  | 'email-sent'
  | 'vneid'
  | 'done'
  // Remote signing (SIM, SmartCA): confirm on the phone, then the holder, email and captcha.
  | 'remote-sign'
  | 'remote-holder'
  // USB token: plugin check, signing, then what any certificate registration shares.
  | 'usb-plugin'
  | 'usb-sign'
  | 'certificate-details'
  | 'certificate-done';
export type StepName = 'subject' | 'method' | MethodStep;

/** What has been typed so far, by field name (conditions read it). */
export type Values = Readonly<Record<string, string>>;

/** A step, or a step that is on the path only when its condition holds for what was typed. */
export type StepEntry = MethodStep | { readonly step: MethodStep; readonly when: (values: Values) => boolean };

export interface MethodDefinition {
  readonly subjects: readonly Subject[];
  readonly steps: readonly StepEntry[];
}

const OTP_THEN_PASSWORD: readonly StepEntry[] = ['details', 'otp', 'password', 'done'];

/** Vietnam Post accounts are activated by SMS (OTP, then a password) or by an emailed link. */
const byEmail = (values: Values) => values['activation'] === 'email';
const bySms = (values: Values) => !byEmail(values);

/** Methods whose steps are built, in the default order (phone first: the most common). */
export const METHODS: Partial<Record<Method, MethodDefinition>> = {
  phone: { subjects: ['citizen'], steps: OTP_THEN_PASSWORD },
  bhxh: { subjects: ['citizen'], steps: OTP_THEN_PASSWORD },
  vnpost: {
    subjects: ['citizen'],
    steps: [
      'details',
      'activation',
      { step: 'otp', when: bySms },
      { step: 'password', when: bySms },
      { step: 'email-sent', when: byEmail },
      { step: 'done', when: bySms },
    ],
  },
  // The signing token's certificate says who registers; businesses and agencies have no other way.
  usb: { subjects: ['citizen', 'business', 'agency'], steps: ['usb-plugin', 'usb-sign', 'certificate-details', 'certificate-done'] },
  // A redirect to VNeID: the host's callback page takes over from there.
  vneid: { subjects: ['citizen'], steps: ['vneid'] },
  // Remote signing: confirm on the phone, then the certificate holder, email and captcha.
  sim: { subjects: ['citizen', 'business', 'agency'], steps: ['remote-sign', 'remote-holder', 'done'] },
  // Businesses only where the portal says so (smartca-subjects): unconfirmed for them.
  smartca: { subjects: ['citizen', 'business'], steps: ['remote-sign', 'remote-holder', 'done'] },
};

/**
 * Steps that cannot be done twice. Once one is passed, it and the steps that led to it from the
 * details (the activation choice) are sealed: Back skips them, and the details, sent again
 * unchanged, go straight on past them. A verified OTP cannot be asked for again; new details start
 * a new registration, which unseals them.
 */
export const ONE_WAY_STEPS: readonly MethodStep[] = ['otp'];

/** Steps that end the widget's part: not numbered, and no Back link leads out of them. */
export const ENDING_STEPS: readonly MethodStep[] = ['done', 'email-sent', 'certificate-done'];

/** The steps of a method for what has been typed so far. */
export function stepsOf(method: Method, values: Values): MethodStep[] {
  return (METHODS[method]?.steps ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : entry.when(values) ? [entry.step] : [],
  );
}

export function isBuilt(method: Method): boolean {
  return METHODS[method] !== undefined;
}

export const BUILT_METHODS: readonly Method[] = KNOWN_METHODS.filter(isBuilt);

/** What one portal offers, after configuration: subjects in order, and each subject's methods in order. */
export interface Offer {
  readonly subjects: readonly Subject[];
  readonly methods: Readonly<Partial<Record<Subject, readonly Method[]>>>;
}

/**
 * Builds the offer from the configured subject and method lists (already validated names).
 * Subjects with no built method are dropped: a subject card that leads nowhere helps no one.
 */
export function makeOffer(subjects: readonly Subject[], methods: readonly Method[]): Offer {
  const bySubject: Partial<Record<Subject, Method[]>> = {};
  for (const subject of subjects) {
    const list = methods.filter((m) => METHODS[m]?.subjects.includes(subject));
    if (list.length > 0) bySubject[subject] = list;
  }
  return { subjects: subjects.filter((s) => bySubject[s] !== undefined), methods: bySubject };
}

export function methodsFor(offer: Offer, subject: Subject | undefined): readonly Method[] {
  return subject ? (offer.methods[subject] ?? []) : [];
}
