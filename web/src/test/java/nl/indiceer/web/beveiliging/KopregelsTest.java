package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.indiceer.web.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Secure headers on a page, on the OpenAPI description and on an (unauthenticated) API answer; what is public. */
@WebTest
class KopregelsTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/aanmelden", "/v3/api-docs", "/api/regelingen", "/bestaat-niet", "/nlds/index.css"})
    void veiligeKopregels(String pad) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(pad)).andReturn().getResponse();
        String csp = r.getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/aanmelden", "/v3/api-docs", "/nlds/index.css", "/nlds/theme.css", "/js/htmx.min.js", "/js/indiceer.js", "/indiceer.css"})
    void openbaar(String pad) throws Exception {
        assertThat(mvc.perform(get(pad)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }
}
