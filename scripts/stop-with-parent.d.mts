import type { Plugin } from 'vite';
export declare function stopWithParent(options?: { intervalMs?: number }): Plugin;
