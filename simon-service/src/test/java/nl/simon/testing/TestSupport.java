package nl.simon.testing;

import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@TestConfiguration(proxyBeanMethods = false)
class TestSupport {
    @Bean
    TestTenants testTenants(CreateTenant createTenant, AddOfficeUser addOfficeUser, Environment environment) {
        return new TestTenants(createTenant, addOfficeUser, environment);
    }

    /** The login throttle's clock, which a test may move on instead of sleeping. */
    @Bean
    LoginThrottleTime loginThrottleTime() {
        return new LoginThrottleTime();
    }
}
