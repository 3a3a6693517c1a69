import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
});
