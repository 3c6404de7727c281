package nl.indiceer.web.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.indiceer.web.IndiceerWebApplication;
import nl.indiceer.web.beveiliging.GebruikerOpslag;
import nl.indiceer.web.beveiliging.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its data: a token made before a restart still works after it; no second beheerder. */
class HerstartTest {

    @TempDir
    Path map;

    @Test
    void gegevensOverlevenEenHerstart() {
        String[] instellingen = {
                "--spring.datasource.url=jdbc:h2:file:" + map.resolve("indiceer").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0",
                "--INDICEER_BEHEERDER_WACHTWOORD=herstart-wachtwoord-123",
                "--indiceer.regelingen=" + System.getProperty("indiceer.regelingen"),
                "--indiceer.normenkaders=" + System.getProperty("indiceer.normenkaders")};
        String token;
        long beheerderId;
        try (ConfigurableApplicationContext eerste = new SpringApplicationBuilder(IndiceerWebApplication.class).run(instellingen)) {
            token = eerste.getBean(Tokens.class).maak("beheerder", "herstart-wachtwoord-123", "herstarttest").orElseThrow();
            beheerderId = eerste.getBean(GebruikerOpslag.class).metNaam("beheerder").orElseThrow().id();
        }
        try (ConfigurableApplicationContext tweede = new SpringApplicationBuilder(IndiceerWebApplication.class).run(instellingen)) {
            assertThat(tweede.getBean(Tokens.class).gebruikerVan(token))
                    .hasValueSatisfying(g -> assertThat(g.id()).isEqualTo(beheerderId));
        }
    }
}
