package nl.simon.app.security;

import nl.simon.adapter.persistence.JdbcUserLanguages;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The office pages (not the REST API) remember each user's language (issue 16: the admins' e-mails). */
@Configuration(proxyBeanMethods = false)
class UserLanguageConfiguration implements WebMvcConfigurer {
    private final JdbcClient jdbc;

    UserLanguageConfiguration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UserLanguageMemory(new JdbcUserLanguages(jdbc)))
                .excludePathPatterns("/api/**", "/pickers/**", "/actuator/**", "/css/**", "/js/**", "/error");
    }
}
