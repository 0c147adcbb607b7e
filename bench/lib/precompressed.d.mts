import type { Plugin } from 'vite';
export function largeFiles(dir: string, minBytes: number): string[];
export function precompressedPreview(options?: { minBytes?: number }): Plugin;
