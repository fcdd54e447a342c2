package nl.simon.app.security;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import nl.simon.tenant.OfficeUsers;
import nl.simon.tenant.PasswordHasher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Office users log in to the web UI with a form (CSRF-protected session) and call {@code /api/**}
 * with HTTP Basic (stateless, no CSRF token possible). Passwords are hashed with Argon2id; a match is
 * remembered for a few minutes so that Basic on every request does not cost Argon2 every time. The
 * operator calls {@code /api/operator/**} with a bearer token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecurityProperties.class, OperatorProperties.class})
class SecurityConfiguration {

    /**
     * The pages load only their own stylesheet: no script, no inline style, no frames, forms only to us.
     * Browsers enforce it against injected markup.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The session attribute of an operator's login (office logins use Spring Security's default one). */
    static final String OPERATOR_SESSION_KEY = "SIMON_OPERATOR_SECURITY_CONTEXT";

    private static final Pattern VERIFIABLE = Pattern.compile("\\{(argon2|bcrypt)}\\S+");

    /** A match is remembered for {@code simon.security.remember-password-match}. */
    @Bean
    PasswordEncoder passwordEncoder(SecurityProperties security) {
        return new RememberedPasswordMatches(
                new DelegatingPasswordEncoder(
                        "argon2",
                        Map.of(
                                "argon2",
                                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                                "bcrypt",
                                new BCryptPasswordEncoder())),
                security.rememberPasswordMatch(),
                Clock.systemUTC());
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                return encoder.encode(rawPassword);
            }

            @Override
            public boolean verifiable(String hash) {
                return VERIFIABLE.matcher(hash).matches() && HashCost.bearable(hash);
            }
        };
    }

    /**
     * Failed logins per account and per client address: after {@code simon.security.login-throttle.*}
     * failures (5 per account, 20 per address, each forgiven gradually over a minute) further attempts are
     * refused without hashing. In memory: the limits hold per instance.
     */
    @Bean
    LoginThrottle loginThrottle(SecurityProperties security, ObjectProvider<TimeMeter> time) {
        SecurityProperties.LoginThrottle limits = security.loginThrottle();
        return new LoginThrottle(
                new LoginThrottle.Limit(limits.accountFailures(), limits.period()),
                new LoginThrottle.Limit(limits.addressFailures(), limits.period()),
                time.getIfAvailable(() -> TimeMeter.SYSTEM_NANOTIME));
    }

    /** Spring Security's authentication events: failures and successes feed the {@link LoginThrottle}. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    @Bean
    ApplicationListener<ApplicationEvent> loginThrottleEvents(LoginThrottle throttle) {
        return event -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent failure) {
                Authentication attempt = failure.getAuthentication();
                throttle.failed(
                        attempt.getName(),
                        attempt.getDetails() instanceof WebAuthenticationDetails details
                                ? details.getRemoteAddress()
                                : null);
            } else if (event instanceof AuthenticationSuccessEvent success) {
                throttle.succeeded(success.getAuthentication().getName());
            }
        };
    }

    @Bean
    UserDetailsService userDetailsService(OfficeUsers users) {
        return email -> users.byEmail(email)
                .map(SimonUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown office user"));
    }

    /** The operator's API (tenants): a bearer token from {@code SIMON_OPERATOR_TOKEN}; closed without one. */
    @Bean
    @Order(0)
    SecurityFilterChain operator(
            HttpSecurity http, JsonSecurityErrors errors, OperatorProperties operator, LoginThrottle throttle)
            throws Exception {
        http.securityMatcher("/api/operator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("OPERATOR"))
                .addFilterBefore(new ApiWriteGuard(errors), LogoutFilter.class)
                .addFilterBefore(LoginThrottleFilter.operatorBearer(throttle, errors), AuthorizationFilter.class)
                .addFilterBefore(new OperatorTokenFilter(operator.token(), throttle), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(
                                errors.challenging("Bearer realm=\"Simon operator\"", "error.unauthorized-operator"))
                        .accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::browserHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonSecurityErrors errors, LoginThrottle throttle) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.GET, "/api/integration/**", "/api/integration")
                                .authenticated()
                                .requestMatchers("/api/integration/**", "/api/integration")
                                .hasRole("ADMIN")
                                .anyRequest()
                                .authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .addFilterBefore(new ApiWriteGuard(errors), LogoutFilter.class)
                .addFilterBefore(LoginThrottleFilter.basic(throttle, errors), BasicAuthenticationFilter.class)
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::browserHeaders)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The operator's web page ({@code /operator}): a login form whose secret is the operator's token gives a session
     * with the OPERATOR role, stored under its own session key, so an office login never opens it (it is sent to the
     * operator's login) and an operator login never opens an office page. A wrong token counts as a failed login from
     * the client's address, throttled as office logins are ({@link LoginThrottle}).
     */
    @Bean
    @Order(2)
    SecurityFilterChain operatorWeb(HttpSecurity http, OperatorProperties operator, LoginThrottle throttle)
            throws Exception {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setSpringSecurityContextKey(OPERATOR_SESSION_KEY);
        http.securityMatcher("/operator", "/operator/**")
                .securityContext(context -> context.securityContextRepository(sessions))
                .authenticationManager(new ProviderManager(new OperatorLogin(operator.token())))
                .authorizeHttpRequests(requests -> requests.requestMatchers("/operator/login")
                        .permitAll()
                        .anyRequest()
                        .hasRole("OPERATOR"))
                .formLogin(form -> form.loginPage("/operator/login")
                        .usernameParameter("name")
                        .passwordParameter("token")
                        .defaultSuccessUrl("/operator", true)
                        .failureHandler((request, response, failure) -> {
                            throttle.failed(null, request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + "/operator/login?error");
                        })
                        .securityContextRepository(sessions)
                        .permitAll())
                .addFilterBefore(LoginThrottleFilter.operatorForm(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/operator/logout")
                        .logoutSuccessUrl("/operator/login?logout")
                        .permitAll())
                .headers(SecurityConfiguration::browserHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers(
                                "/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/integration/**", "/integration")
                        .authenticated()
                        .requestMatchers("/integration/**", "/integration")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/work-orders", false)
                        .permitAll())
                .addFilterBefore(LoginThrottleFilter.form(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(SecurityConfiguration::browserHeaders)
                .exceptionHandling(handling -> handling.accessDeniedHandler(new ExpiredSessionHandler()));
        return http.build();
    }

    /**
     * Content-Security-Policy, Referrer-Policy, and Spring Security's defaults (nosniff, frame DENY, no
     * caching, HSTS on requests that came over https, also through a TLS-terminating proxy).
     */
    private static void browserHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
