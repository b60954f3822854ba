/**
 * The 63 birth-registration province codes that open a CCCD / personal identification number
 * (identifiers.md). Numbers are for life: the 2025 province merger changed no existing number, so
 * this list is closed for people born in Viet Nam. Births registered abroad may carry other codes
 * (a 101–295 range is reported but unconfirmed), which is why an unknown code is only a warning.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 ' +
    '036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 ' +
    '074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export function isProvinceCode(code: string): boolean {
  return PROVINCE_CODES.has(code);
}
