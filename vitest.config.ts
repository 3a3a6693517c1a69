import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests: happy-dom for the DOM, fake-indexeddb for storage.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
    restoreMocks: true,
  },
});
