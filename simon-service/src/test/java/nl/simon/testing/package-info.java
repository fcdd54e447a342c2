/**
 * What the integration tests share, so that a test states only what it is about.
 *
 * <ul>
 * <li>{@link nl.simon.testing.SimonIT}: the whole service on a random port over the test JVM's one embedded
 * PostgreSQL ({@link nl.simon.testing.TestDatabase}); every class with it shares one Spring context.</li>
 * <li>{@link nl.simon.testing.TestTenants}: a fresh tenant per test, which isolates it; {@code tenants.create()
 * .admin()} is its admin over the REST API ({@link nl.simon.testing.Api}), {@code office()} its office user,
 * {@code adminWeb()} the admin in the web pages without a browser ({@link nl.simon.testing.WebSession}).</li>
 * <li>{@link nl.simon.testing.EmulatorExtension}: a FactuurSturen emulator per class and an FS account per test:
 * {@code fs.newTenant(tenants).withProducts("0001", "0002").activated().withSettings(json)}, with the
 * products and customer of {@link nl.simon.testing.FsAccountData}.</li>
 * <li>{@link nl.simon.testing.ChromiumExtension}: a headless Chromium per class and a fresh session per test
 * ({@link nl.simon.testing.OfficePages}).</li>
 * <li>{@link nl.simon.testing.ServiceProcess} and {@link nl.simon.testing.RestartablePostgres}: the jar in a
 * process of its own and a PostgreSQL of its own, for tests that kill or stop them.</li>
 * </ul>
 *
 * <p>The ITs run in two JVMs at once (failsafe's {@code forkCount}), so a test takes free ports and temporary
 * folders, never fixed ones.
 */
package nl.simon.testing;
