package nl.simon.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Dutch or English. The language switch stores the choice in a cookie; without one the
 * browser's {@code Accept-Language} decides, and anything but English means Dutch.
 */
final class SupportedLocaleResolver extends CookieLocaleResolver {
    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    SupportedLocaleResolver() {
        super("simon-lang");
        setCookieMaxAge(Duration.ofDays(365));
        setDefaultLocaleFunction(SupportedLocaleResolver::fromBrowser);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return DUTCH;
        }
        for (var languages = request.getLocales(); languages.hasMoreElements(); ) {
            Locale wanted = languages.nextElement();
            for (Locale offered : SUPPORTED) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return DUTCH;
    }

    private static Locale supported(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }
}
