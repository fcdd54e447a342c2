package nl.simon.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import nl.simon.tenant.UserLanguages;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Remembers the language a logged-in office user sees the pages in (the NL | EN switch, else the browser's), so
 * the e-mails to admins (issue 16) go out in it. Written only when it changed (a bounded in-memory note of what
 * was written last per user, per instance), so a page view costs no database write.
 */
final class UserLanguageMemory implements HandlerInterceptor {
    private final UserLanguages languages;
    private final Cache<Long, String> written = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    UserLanguageMemory(UserLanguages languages) {
        this.languages = languages;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (failure != null
                || authentication == null
                || !(authentication.getPrincipal() instanceof SimonUserDetails user)) {
            return;
        }
        String language = Locale.ENGLISH
                        .getLanguage()
                        .equals(RequestContextUtils.getLocale(request).getLanguage())
                ? "en"
                : "nl";
        long userId = user.caller().userId();
        if (!language.equals(written.getIfPresent(userId))) {
            languages.remember(userId, language);
            written.put(userId, language);
        }
    }
}
