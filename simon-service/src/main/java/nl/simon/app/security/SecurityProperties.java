package nl.simon.app.security;

import java.time.Duration;
import nl.simon.app.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code simon.security.*}: how long a matched password is remembered, and the failed-login throttle.
 * Defaults in {@code application.yml} only (docs/adr/0004-typed-configuration.md).
 *
 * @param rememberPasswordMatch how long a matched HTTP Basic password is remembered
 * @param loginThrottle failed logins allowed per account and per client address
 */
@ConfigurationProperties("simon.security")
public record SecurityProperties(Duration rememberPasswordMatch, LoginThrottle loginThrottle) {

    public SecurityProperties {
        SettingChecks.requirePositive("simon.security.remember-password-match", rememberPasswordMatch);
        if (loginThrottle == null) {
            throw new IllegalArgumentException("simon.security.login-throttle.* must be set");
        }
    }

    /**
     * @param accountFailures failures per account (e-mail address) before further attempts are refused
     * @param addressFailures failures per client address before further attempts are refused
     * @param period the time over which the failures are forgiven, gradually
     */
    public record LoginThrottle(long accountFailures, long addressFailures, Duration period) {
        public LoginThrottle {
            SettingChecks.requireAtLeast("simon.security.login-throttle.account-failures", accountFailures, 1);
            SettingChecks.requireAtLeast("simon.security.login-throttle.address-failures", addressFailures, 1);
            SettingChecks.requirePositive("simon.security.login-throttle.period", period);
        }
    }
}
