import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

/** Where `pnpm dev` sends /api: a dev API started with `pnpm --filter @mianjing/api start` (PORT 8787). */
const devApi = process.env.MIANJING_DEV_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [solid()],
  server: {
    port: 5173,
    proxy: { '/api': { target: devApi, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      output: {
        // Name the chunks of packages after the package (`lang-python`, not `dist`), so the size report reads well.
        chunkFileNames: (chunk) => {
          const match = (chunk.facadeModuleId ?? chunk.moduleIds.at(-1))?.match(/node_modules\/(?:@[^/]+\/)?([^/]+)\/(?!.*node_modules)/);
          return `assets/${match?.[1] ?? '[name]'}-[hash].js`;
        },
      },
    },
  },
});
