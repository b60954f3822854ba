/**
 * When a certificate is of the wrong kind for who registers (the USB token's and remote signing's
 * wrong-holder screens), choosing who registers again is advised only where the portal offers a
 * subject that kind of certificate registers as, and names only those (attribute `subjects`).
 */
import { msg, str } from '@lit/localize';
import { holderKindFor, type HolderKind } from '../api/certificate-holder.js';
import type { Subject } from '../flow/catalog.js';
import { currentLocale } from '../localization/locale.js';
import { subjectLabel } from './labels.js';

/** The kind of a certificate refused for not being of the kind expected (the token's `expectedHolder`). */
export function otherKind(expected: HolderKind | undefined): HolderKind {
  return expected === 'person' ? 'organization' : 'person';
}

/** The subjects offered that a certificate of this kind registers as. */
export function subjectsFor(holder: HolderKind, offered: readonly Subject[]): Subject[] {
  return offered.filter((s) => holderKindFor(s) === holder);
}

/** Whether the portal offers a subject a token refused as not of the `expected` kind registers as. */
export function tokenFitsAnother(expected: HolderKind | undefined, offered: readonly Subject[]): boolean {
  return subjectsFor(otherKind(expected), offered).length > 0;
}

/** " Or choose “Citizen” as who is registering.", or '' where the portal offers no such subject. */
export function chooseSubjectAdvice(holder: HolderKind, offered: readonly Subject[]): string {
  const names = subjectsFor(holder, offered).map((s) => `“${subjectLabel(s)}”`);
  return names[0]
    ? ' ' + msg(str`Hoặc chọn lại đối tượng đăng ký là ${new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(names)}.`, { id: 'sign.choose-subject' })
    : '';
}
