package nl.simon.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class BackPathTest {

    @Test
    void a_form_goes_back_to_the_page_it_was_sent_from_with_its_query() {
        MockHttpServletRequest request =
                post("/work-orders", "http://simon.example:8080/work-orders?status=OPEN&q=kraan");

        assertThat(BackPath.of(request)).isEqualTo("/work-orders?status=OPEN&q=kraan");
        assertThat(BackPath.formName(request)).isEqualTo("work-orders");
    }

    @Test
    void a_referer_of_another_site_is_never_followed() {
        assertThat(BackPath.of(post("/work-orders/7/timesheets", "https://evil.example/work-orders/7")))
                .isEqualTo("/work-orders/7");
        assertThat(BackPath.of(post("/work-orders/7/timesheets", "http://simon.example:9999/work-orders/7")))
                .isEqualTo("/work-orders/7");
        assertThat(BackPath.of(post("/work-orders/7/timesheets", "http://simon.example:8080//evil.example/x")))
                .isEqualTo("/work-orders/7");
        assertThat(BackPath.of(post("/work-orders/7/timesheets", "not a uri"))).isEqualTo("/work-orders/7");
    }

    @Test
    void without_a_referer_a_form_goes_to_its_parent_page() {
        MockHttpServletRequest request = post("/customers/12/locations", null);

        assertThat(BackPath.of(request)).isEqualTo("/customers/12");
        assertThat(BackPath.formName(request)).isEqualTo("locations");
        assertThat(BackPath.of(post("/items", null))).isEqualTo("/items");
    }

    @Test
    void a_list_with_a_bad_filter_goes_to_the_plain_list() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/work-orders");
        request.setQueryString("page=abc");
        request.addHeader("Referer", "http://simon.example:8080/work-orders?page=abc");

        assertThat(BackPath.of(request)).isEqualTo("/work-orders");
    }

    private static MockHttpServletRequest post(String path, String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setServerName("simon.example");
        request.setServerPort(8080);
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }
}
