package nl.indiceer.web.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12: the rulebook page shows the region's stated utilisation figures (001:1796-1812) as the source gives them,
 * a range as a range, the figure the forecast takes, the products and what is unclear; a region without figures says so.
 */
@WebTest
class RegelingBenuttingPaginaTest {

    @Autowired
    MockMvc mvc;

    String pagina(String pad) throws Exception {
        String consulent = Aanmelding.nieuweGebruiker(mvc, "benutting-consulent", "consulent", "0983");
        return mvc.perform(get(pad).with(user(Aanmelding.naamVan(consulent)).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void deCijfersVanDeRegioMetBronEnWatOnduidelijkIs() throws Exception {
        String p = pagina("/regelingen/noord-limburg?peildatum=2025-06-01");
        assertThat(p).contains("id=\"benutting-tabel\"")
                .contains("50% tot 70%")
                .contains("2.350 van 5.000 ingezet: 47%")
                .contains("Geen product van deze versie (alleen getoond)")
                .contains("54L01, 54L02, 54L03, 54L04, 54L05")
                .contains("001:1796-1800").contains("1810-1812")
                .contains("vroegere PxQ-systematiek");
        // the forecast takes the upper end of the range
        assertThat(p.indexOf("70%", p.indexOf("50% tot 70%") + "50% tot 70%".length())).isPositive();
        assertThat(pagina("/regelingen/ridderkerk?peildatum=2025-06-01")).contains("id=\"geen-benutting\"")
                .doesNotContain("id=\"benutting-tabel\"");
    }
}
