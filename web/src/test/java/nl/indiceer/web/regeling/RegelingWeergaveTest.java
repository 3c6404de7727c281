package nl.indiceer.web.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Oordeel;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;

/** The rulebook page's formatting: Dutch money, numbers and dates, and a text for every value an enum can take. */
class RegelingWeergaveTest {

    private final RegelingWeergave weergave = new RegelingWeergave();

    @Test
    void elkeWaardeVanElkeGetoondeOpsommingHeeftEenTekst() throws IOException {
        Properties teksten = new Properties();
        try (var in = getClass().getResourceAsStream("/teksten/regeling.properties")) {
            teksten.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<Enum<?>> waarden = new java.util.ArrayList<>();
        waarden.addAll(List.of(Bekostiging.values()));
        waarden.addAll(List.of(Oordeel.values()));
        waarden.addAll(List.of(Ernst.values()));
        waarden.addAll(List.of(Versiestatus.values()));
        for (Enum<?> waarde : waarden) {
            assertThat(teksten.getProperty(weergave.sleutel(waarde))).as(waarde.getClass().getSimpleName() + "." + waarde).isNotBlank();
        }
        for (String wet : List.of("jeugdwet", "wmo", "beide")) {
            assertThat(teksten.getProperty(weergave.wet(wet))).as(wet).isNotBlank();
        }
    }

    @Test
    void geldGetallenEnDatumsOpZijnNederlands() {
        assertThat(weergave.euro(new BigDecimal("1234.5"))).isEqualTo("€ 1.234,50");
        assertThat(weergave.getal(new BigDecimal("4.50"))).isEqualTo("4,5");
        assertThat(weergave.procent(new BigDecimal("0.5"))).isEqualTo("50");
        assertThat(weergave.hoeveelheid(new BigDecimal("1200"), Eenheid.MINUUT)).isEqualTo("1.200 minuten");
        assertThat(weergave.hoeveelheid(BigDecimal.ONE, Eenheid.DAGDEEL)).isEqualTo("1 dagdeel");
        // whatever the JVM's default language: the page is Dutch
        java.util.Locale eerder = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.US);
            assertThat(weergave.datum(LocalDate.of(2025, 3, 1))).isEqualTo("1 maart 2025");
        } finally {
            java.util.Locale.setDefault(eerder);
        }
    }

    @Test
    void eenAnkerBevatAlleenVeiligeTekens() {
        assertThat(weergave.anker("45L11")).isEqualTo("product-45L11");
        assertThat(weergave.anker("begeleiding basis/\"x\"")).isEqualTo("product-begeleiding-basis--x-");
        assertThat(weergave.bronanker("004")).isEqualTo("bron-004");
    }

    @Test
    void hetZoekfilterNegeertHoofdlettersEnAccentenEnKnipt() {
        assertThat(Productfilter.van(null).actief()).isFalse();
        assertThat(Productfilter.van("  \t ").actief()).isFalse();
        assertThat(Productfilter.van("a\u0000b").tekst()).isEqualTo("ab");
        assertThat(Productfilter.van("x".repeat(500)).tekst()).hasSize(Productfilter.MAX_LENGTE);

        // regelingen/achterhoek/2026-02-02.yaml: naam "Cliëntgebonden expertise en advies" (code with hyphens, so only
        // the name can match a text with a space)
        Regeling achterhoek = Regelingen.laad(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"))
                .voor("achterhoek", LocalDate.of(2026, 2, 2));
        assertThat(Productfilter.van("CLIENTGEBONDEN EXPERTISE").producten(achterhoek))
                .extracting(Product::code).containsExactly("clientgebonden-expertise-en-advies");
    }
}
