package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;

/** The five shipped rulebooks load and carry what the seeds give. */
class MeegeleverdeRegelingenTest {

    @Test
    void alleVijfRegiosLaden() {
        assertThat(Repo.regelingen().regios())
                .containsExactlyInAnyOrder("achterhoek", "noord-limburg", "flevoland", "drechtsteden", "ridderkerk");
    }

    @Test
    void ridderkerkGeldtMetTerugwerkendeKrachtVanaf1Januari2025() {
        // 004:2956-2961: bekendgemaakt 29 december 2025, terugwerkende kracht tot 1 januari 2025.
        assertThat(Repo.regelingen().voor("ridderkerk", LocalDate.of(2025, 1, 1))).isNotNull();
        assertThat(Repo.regelingen().voor("ridderkerk", LocalDate.of(2024, 12, 31))).isNull();
    }

    @Test
    void ridderkerkMinuuttariefIsNietZestigsteVanUurtarief() {
        // 004:137-141: Begeleiding basis ZIN € 74,81 per uur en € 1,25 per minuut (60 × 1,25 = 75,00).
        Product p = Repo.regelingen().voor("ridderkerk", LocalDate.of(2025, 6, 1)).product("begeleiding-basis");
        assertThat(p.tarief(Financiering.ZIN, Eenheid.UUR, null).bedrag()).isEqualByComparingTo("74.81");
        assertThat(p.tarief(Financiering.ZIN, Eenheid.MINUUT, null).bedrag()).isEqualByComparingTo("1.25");
    }

    @Test
    void deBrondocumentenStaanInDeRegelingMetTitel() {
        // regelingen/ridderkerk/2025-01-01.yaml, 'bronnen': id 004, its seed file and title
        Regeling r = Repo.regelingen().voor("ridderkerk", LocalDate.of(2025, 6, 1));
        assertThat(r.bronnen()).singleElement().satisfies(b -> {
            assertThat(b.documentId()).isEqualTo("004");
            assertThat(b.bestand()).isEqualTo("004_4728e4b6c8f0eb12.txt");
            assertThat(b.tekst()).isEqualTo("Wijziging Nadere regels jeugdhulp gemeente Ridderkerk 2023");
        });
    }

    @Test
    void elkProductEnTariefHeeftEenBron() {
        for (String regio : Repo.regelingen().regios()) {
            for (Regeling r : Repo.regelingen().versies(regio)) {
                for (Product p : r.producten()) {
                    assertThat(p.bron()).as(regio + " " + p.code()).isNotNull();
                    p.tarifering().tarieven().forEach(t -> assertThat(t.bron()).as(regio + " " + p.code() + " tarief").isNotNull());
                    p.grenzen().limieten().forEach(l -> assertThat(l.bron()).as(regio + " " + p.code() + " limiet").isNotNull());
                }
            }
        }
    }

    @Test
    void stapelingsmatrixNoordLimburgHeeftDertienVoetnotenEnHardheidsclausule() {
        Combinaties c = Repo.regelingen().voor("noord-limburg", LocalDate.of(2025, 1, 1)).combinaties();
        assertThat(c.voetnoten()).extracting(Voetnoot::nummer).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        assertThat(c.hardheidsclausule()).isNotNull();
        assertThat(c.standaard()).isEqualTo(Oordeel.ONBEKEND);
        // voetnoot 9: GGZ × Perspectief 1 (001:4232-4327)
        assertThat(c.paar("54L01", "45L11").voetnoot()).isEqualTo(9);
        assertThat(c.paar("45L11", "54L01").voetnoot()).isEqualTo(9);
    }
}
