/** The server secret of every test app and seeded test database (auth/server-secret.ts). */
export const TEST_SECRET = "a-test-secret-that-is-long-enough-0123456789";
