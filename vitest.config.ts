import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the package once into a private cache folder for the CLI and worker tests (never touches dist/).
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
