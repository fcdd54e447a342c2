package nl.simon.testing;

import nl.simon.tenant.AddOfficeUser;
import nl.simon.tenant.CreateTenant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
class TestSupport {
    @Bean
    TestTenants testTenants(CreateTenant createTenant, AddOfficeUser addOfficeUser) {
        return new TestTenants(createTenant, addOfficeUser);
    }

    /** The login throttle's clock, which a test may move on instead of sleeping. */
    @Bean
    LoginThrottleTime loginThrottleTime() {
        return new LoginThrottleTime();
    }
}
