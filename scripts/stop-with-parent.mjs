// A Vite plugin: the dev server exits when the process that started it has gone.
//
// `npm run dev` starts npm, which starts `sh -c vite`, which starts Vite. Stopping npm by its
// PID (a SIGTERM from an editor, a task runner, `kill`) ended npm and the shell but left Vite
// serving, re-parented to init. The script `exec`s Vite so npm's forwarded signal reaches it, and
// this plugin covers what a signal cannot: a parent killed outright (SIGKILL) forwards nothing,
// so Vite watches its parent's PID and leaves once that parent is no longer its parent.

/** @returns {import('vite').Plugin} */
export function stopWithParent({ intervalMs = 1000 } = {}) {
  return {
    name: 'dnd:stop-with-parent',
    // Dev only: not the preview server, and not Vitest's (its runner manages its own processes).
    apply: (_config, { command }) => command === 'serve' && !process.env.VITEST,
    configureServer(server) {
      const parent = process.ppid;
      const timer = setInterval(() => {
        if (process.ppid === parent) return;
        clearInterval(timer);
        void server.close().finally(() => process.exit(0));
      }, intervalMs);
      // Never what keeps the process alive, and gone with the server.
      timer.unref();
      server.httpServer?.once('close', () => clearInterval(timer));
    },
  };
}
