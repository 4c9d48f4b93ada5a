import '@mantine/core/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { env } from './config/env';
import { initI18n } from './lib/i18n/setup';

async function boot() {
  // Demo mode: the embedded mock API answers /api/v1. This is the only place src/ touches mocks/.
  if (env.mockMode) {
    const { startMockApi } = await import('../mocks/browser');
    await startMockApi();
  }
  initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
