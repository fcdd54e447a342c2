package nl.simon.app.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import nl.simon.tenant.OfficeUsers;
import nl.simon.tenant.PasswordHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Office users log in to the web UI with a form (CSRF-protected session) and call {@code /api/**}
 * with HTTP Basic (stateless, no CSRF token possible). Passwords are hashed with Argon2id; a match is
 * remembered for a few minutes so that Basic on every request does not cost Argon2 every time. The
 * operator calls {@code /api/operator/**} with a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Pattern VERIFIABLE = Pattern.compile("\\{(argon2|bcrypt)}\\S+");

    /** A match is remembered for {@code simon.security.remember-password-match} (default 5 minutes). */
    @Bean
    PasswordEncoder passwordEncoder(
            @Value("${simon.security.remember-password-match:5m}") Duration rememberMatch) {
        return new RememberedPasswordMatches(new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder())), rememberMatch, Clock.systemUTC());
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
                return VERIFIABLE.matcher(hash).matches();
            }
        };
    }

    @Bean
    UserDetailsService userDetailsService(OfficeUsers users) {
        return email -> users.byEmail(email).map(SimonUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown office user"));
    }

    /** The operator's API (tenants): a bearer token from {@code SIMON_OPERATOR_TOKEN}; closed without one. */
    @Bean
    @Order(0)
    SecurityFilterChain operator(HttpSecurity http, JsonSecurityErrors errors,
            @Value("${simon.operator.token:}") String token) throws Exception {
        http.securityMatcher("/api/operator/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("OPERATOR"))
                .addFilterBefore(new OperatorTokenFilter(token), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(errors.challenging("Bearer realm=\"Simon operator\"",
                                "error.unauthorized-operator"))
                        .accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/integration/**", "/api/integration").authenticated()
                        .requestMatchers("/api/integration/**", "/api/integration").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/v3/api-docs").permitAll()
                        .requestMatchers(HttpMethod.GET, "/integration/**", "/integration").authenticated()
                        .requestMatchers("/integration/**", "/integration").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/work-orders", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .exceptionHandling(handling -> handling.accessDeniedHandler(new ExpiredSessionHandler()));
        return http.build();
    }
}
