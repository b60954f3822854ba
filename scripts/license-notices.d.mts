/** Types of license-notices.mjs, for vite.config.ts. */
import type { Plugin } from 'vite';
export function licenseNotices(fileName: string): Plugin;
