package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** verlenging.via_verzoek_om_wijziging: the provider asks the extension itself with a 317 (Flevoland, 002:384-390). */
class VerlengingViaVerzoekTest {

    @Test
    void flevolandLaatDeAanbiederAlleenEenNieuweEinddatumVragen() {
        Regelingen alle = Regelingen.laad(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
        Regeling flevoland = alle.voor("flevoland", LocalDate.of(2025, 6, 1));
        VerlengingViaVerzoek via = flevoland.verlenging().viaVerzoekOmWijziging();
        assertThat(via).isNotNull();
        assertThat(via.alleenEinddatum()).isTrue();
        assertThat(via.verwijzerType()).isEqualTo("06");
        assertThat(via.bron().documentId() + ":" + via.bron().plaats()).isEqualTo("002:384-390");
        assertThat(via.onduidelijk()).contains("geen element Verwijzer");
        // the limits the 317 is judged by stay those of the extension itself (002:383-404)
        assertThat(flevoland.verlenging().maximaalAantal()).isEqualTo(1);
        // no other region's sources say a provider may extend with a 317 (001:2299 only names the message)
        for (String regio : List.of("noord-limburg", "ridderkerk", "achterhoek", "drechtsteden")) {
            Regeling r = alle.voor(regio, LocalDate.of(2025, 6, 1));
            if (r != null && r.verlenging() != null) {
                assertThat(r.verlenging().viaVerzoekOmWijziging()).as(regio).isNull();
            }
        }
    }

    @Test
    void eenOnbekendTypeVerwijzerWordtGeweigerd() {
        List<Probleem> p = Proef.problemen(Proef.GOED + "verlenging:\n  maximaal_aantal: 1\n  bron: \"P:6\"\n"
                + "  via_verzoek_om_wijziging: {alleen_einddatum: true, verwijzer_type: \"6\", bron: \"P:6\"}\n");
        assertThat(p).hasSize(1);
        assertThat(p.get(0).veld()).isEqualTo("verlenging.via_verzoek_om_wijziging.verwijzer_type");
    }

    @Test
    void zonderBronOfAlleenEinddatumWordtGeweigerd() {
        List<Probleem> p = Proef.problemen(Proef.GOED + "verlenging:\n  maximaal_aantal: 1\n  bron: \"P:6\"\n"
                + "  via_verzoek_om_wijziging: {verwijzer_type: \"06\"}\n");
        assertThat(p).extracting(Probleem::veld).contains("verlenging.via_verzoek_om_wijziging.alleen_einddatum",
                "verlenging.via_verzoek_om_wijziging.bron");
    }

    @Test
    void flevolandBeoordeeltEenVerzoekOmWijzigingAlsGeheel() {
        Regelingen alle = Regelingen.laad(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
        VerzoekAlsGeheel geheel = alle.voor("flevoland", LocalDate.of(2025, 6, 1)).verlenging().viaVerzoekOmWijziging()
                .alsGeheel();
        assertThat(geheel).isNotNull();
        assertThat(geheel.bron().documentId() + ":" + geheel.bron().plaats()).isEqualTo("002:498-502");
    }

    @Test
    void alsGeheelZonderBronWordtGeweigerd() {
        List<Probleem> p = Proef.problemen(Proef.GOED + "verlenging:\n  maximaal_aantal: 1\n  bron: \"P:6\"\n"
                + "  via_verzoek_om_wijziging: {alleen_einddatum: true, bron: \"P:6\", als_geheel: {opmerking: x}}\n");
        assertThat(p).extracting(Probleem::veld).containsExactly("verlenging.via_verzoek_om_wijziging.als_geheel.bron");
    }
}
