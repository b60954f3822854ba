/**
 * Which input of the form a backend field error is about. The backend names an address and its
 * parts as the request does ("permanentAddress.communeCode", once src/api/field-names.ts has read
 * its path); the form's inputs are "permanent-commune" (forms.ts builds the request). An error
 * about a whole address points at its first part, where the person starts filling it.
 */
import { ADDRESS_PARTS, type AddressPart } from './form-spec.js';

const PART_OF: Readonly<Record<string, AddressPart>> = { provinceCode: 'province', communeCode: 'commune', street: 'street' };
/** The request's names of the form's addresses (vnpostForm in forms.ts). */
const ADDRESS_OF: Readonly<Record<string, string>> = { permanentAddress: 'permanent', currentAddress: 'current' };

export interface ErrorTarget {
  /** The input's id. */
  readonly id: string;
  /** The address part it is, if it is one: its message is that part's ("Hãy nhập số nhà…"). */
  readonly part?: AddressPart;
}

/** The input `field` names among `inputIds`, or undefined when the form has none the person could change. */
export function errorTarget(field: string, inputIds: ReadonlySet<string>): ErrorTarget | undefined {
  const [named = '', partName] = field.split('.');
  const name = ADDRESS_OF[named] ?? named;
  if (partName === undefined && inputIds.has(name)) return { id: name };
  // A whole address: its first part.
  const part = partName === undefined ? ADDRESS_PARTS[0] : PART_OF[partName];
  const id = `${name}-${part}`;
  return part && inputIds.has(id) ? { id, part } : undefined;
}
