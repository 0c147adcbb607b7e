/**
 * The bench's `vite preview` configuration: the app's, with large files served
 * precompressed (bench/lib/precompressed.mjs). Used by bench/lib/processes.mjs only.
 */
import { mergeConfig } from 'vite';
import app from '../vite.config.ts';
import { precompressedPreview } from './lib/precompressed.mjs';

export default mergeConfig(app, { plugins: [precompressedPreview()] });
