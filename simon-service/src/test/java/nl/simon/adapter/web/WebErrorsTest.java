package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.simon.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A form with several wrong fields comes back with a red message under every one of them. */
class WebErrorsTest {

    @Test
    void every_wrong_product_code_of_the_settings_form_gets_its_own_message() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/integration/settings");
        request.addParameter("travelTimeProductCode", "X-1");
        request.addParameter("workTimeProductCode", "X-2");
        request.addParameter("standardProductCode", "X-3");
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        InvalidInputException wrong = new InvalidInputException(List.of(
                new InvalidInputException("travelTimeProductCode", "error.unknown-product", "X-1"),
                new InvalidInputException("workTimeProductCode", "error.unknown-product", "X-2"),
                new InvalidInputException("standardProductCode", "error.unknown-product", "X-3")));

        new WebErrors(messages).invalid(wrong, request, redirect, Locale.forLanguageTag("nl"));

        FormState sent = (FormState) redirect.getFlashAttributes().get("submitted");
        assertThat(sent.error("settings", "travelTimeProductCode")).contains("X-1");
        assertThat(sent.error("settings", "workTimeProductCode")).contains("X-2");
        assertThat(sent.error("settings", "standardProductCode")).contains("X-3");
        assertThat(sent.value("settings", "standardProductCode")).isEqualTo("X-3");
    }
}
