/** Driving the address picker as a person does. */
import { deepQueryAll, getByLabel, waitFor } from './dom.js';
import { press, type } from './user.js';

export const pickers = (el: HTMLElement) => deepQueryAll<HTMLElement>(el, 'dvc-address-picker');

/** Picks a unit in a picker's combobox by typing part of its name without diacritics. */
export async function pick(picker: HTMLElement, label: string, query: string, expected: string): Promise<void> {
  const input = getByLabel(picker, label);
  await waitFor(() => !input.disabled, { message: `${label} enabled` });
  await type(input, query);
  await waitFor(() => deepQueryAll(picker, '[role=option]').length > 0, { message: `options for ${query}` });
  await press('Enter');
  await waitFor(() => input.value === expected, { message: `${label} = ${expected} (is ${input.value})` });
}
