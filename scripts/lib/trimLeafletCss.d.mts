/** Types of scripts/lib/trimLeafletCss.mjs, for the TypeScript that imports it (vite.config.ts). */
export declare const UNUSED: RegExp;
export declare function trimLeafletCss(css: string): string;
