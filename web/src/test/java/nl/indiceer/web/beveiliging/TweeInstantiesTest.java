package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.Browser;
import nl.indiceer.web.IndiceerWebApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two instances of the application on one PostgreSQL: the session lives in the database (Spring Session JDBC), so a
 * consultant who logged in on one instance goes on working on the other, and logging out on either ends it on both.
 */
class TweeInstantiesTest {

    @Test
    void aanmeldenOpDeEneVerderOpDeAndere() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            String[] instellingen = {
                    "--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--server.port=0",
                    "--INDICEER_BEHEERDER_WACHTWOORD=twee-instanties-beheerder",
                    "--indiceer.regelingen=" + System.getProperty("indiceer.regelingen"),
                    "--indiceer.normenkaders=" + System.getProperty("indiceer.normenkaders")};
            try (ConfigurableApplicationContext een = new SpringApplicationBuilder(IndiceerWebApplication.class).run(instellingen);
                 ConfigurableApplicationContext twee = new SpringApplicationBuilder(IndiceerWebApplication.class).run(instellingen)) {
                een.getBean(GebruikerOpslag.class).voegToe("consulent-twee", een.getBean(PasswordEncoder.class).encode("geheim-wachtwoord-12"),
                        Rol.CONSULENT, List.of("0034"));
                int poortEen = poort(een);
                int poortTwee = poort(twee);
                assertThat(poortEen).isNotEqualTo(poortTwee);

                Browser browser = Browser.op(poortEen).meldAan("consulent-twee", "geheim-wachtwoord-12");
                browser.naar(poortTwee);
                var account = browser.get("/account");
                assertThat(account.statusCode()).isEqualTo(200);
                assertThat(account.body()).contains("consulent-twee");

                // A form on instance two with the CSRF token that lives in the shared session.
                assertThat(browser.post("/account/tokens", Map.of("omschrijving", "via twee")).statusCode()).isEqualTo(302);
                assertThat(browser.get("/account").body()).contains("via twee");

                assertThat(browser.post("/afmelden", Map.of()).statusCode()).isEqualTo(302);
                browser.naar(poortEen);
                assertThat(browser.get("/account").statusCode()).as("logged out on both").isEqualTo(302);
            }
        }
    }

    private static int poort(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
