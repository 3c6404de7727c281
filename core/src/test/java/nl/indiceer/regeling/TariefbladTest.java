package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;

/**
 * Dated tariff lists beside a rulebook ({@code <regio>/tarieven-<datum>.yaml}): read against the version they begin
 * in, refused with a clear message for an unknown product, overlapping dates, a missing bron; and the version's hash
 * covers them, so a stored decision names exactly what it was priced with.
 */
class TariefbladTest {

    private static final String REGELING = Proef.GOED.replace("geldig_vanaf: 2025-01-01",
            "geldig_vanaf: 2025-01-01\ngeldig_tot: 2026-12-31");

    private static final String TARIEVEN_2026 = """
            regio: proef
            geldig_vanaf: 2026-01-01
            bron: "T:1"
            bronnen:
              - {id: "T", bestand: tarieven-2026.txt}
            producten:
              - code: begeleiding
                tarieven:
                  - {financiering: ZIN, eenheid: uur, bedrag: 77.00, bron: "T:2"}
            """;

    private static Regelingen laad(String regeling, Bronbestand... tarieven) {
        List<Bronbestand> alle = new java.util.ArrayList<>(List.of(Bronbestand.van("proef/2025-01-01.yaml", regeling)));
        alle.addAll(List.of(tarieven));
        return Regelingen.laad(MapbronTest.bron(alle.toArray(Bronbestand[]::new)));
    }

    private static List<Probleem> problemen(String regeling, Bronbestand... tarieven) {
        try {
            laad(regeling, tarieven);
        } catch (OngeldigeRegelingException e) {
            return e.problemen();
        }
        throw new AssertionError("niet afgewezen");
    }

    private static Bronbestand blad(String naam, String yaml) {
        return Bronbestand.van("proef/" + naam, yaml);
    }

    @Test
    void eenTarievenbestandGeeftVanafZijnDatumAndereTarieven() {
        Regeling r = laad(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026)).voor("proef", LocalDate.of(2025, 6, 1));
        assertThat(r.tariefbladen()).hasSize(1);
        assertThat(r.productOp("begeleiding", LocalDate.of(2025, 12, 31)).tarief(Financiering.ZIN, Eenheid.UUR, null).bedrag())
                .isEqualByComparingTo("74.81");
        assertThat(r.productOp("begeleiding", LocalDate.of(2026, 1, 1)).tarief(Financiering.ZIN, Eenheid.UUR, null).bedrag())
                .isEqualByComparingTo("77.00");
        assertThat(r.tariefwissels("begeleiding", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2026, 1, 1));
        assertThat(r.tariefwissels("begeleiding", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31))).isEmpty();
        assertThat(r.tariefwissels("begeleiding", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void deVersiehashDektOokDeTarievenbestanden() {
        Regeling zonder = laad(REGELING).voor("proef", LocalDate.of(2025, 6, 1));
        Bronbestand blad = blad("tarieven-2026-01-01.yaml", TARIEVEN_2026);
        Regeling met = laad(REGELING, blad).voor("proef", LocalDate.of(2025, 6, 1));
        Regeling anders = laad(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("77.00", "77.01")))
                .voor("proef", LocalDate.of(2025, 6, 1));
        assertThat(zonder.versie().hash()).isEqualTo(Bronbestand.van("x", REGELING).sha256());
        assertThat(met.versie().hash()).isNotEqualTo(zonder.versie().hash()).isNotEqualTo(anders.versie().hash())
                .isEqualTo(Bronbestand.van("x", zonder.versie().hash() + "\n" + blad.sha256() + "\n").sha256());
        assertThat(met.versie().geldigVanaf()).isEqualTo(zonder.versie().geldigVanaf());
    }

    @Test
    void onbekendProductWordtGeweigerd() {
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("code: begeleiding",
                "code: begeleidng")))).singleElement().satisfies(p -> {
                    assertThat(p.bestand()).isEqualTo("proef/tarieven-2026-01-01.yaml");
                    assertThat(p.veld()).isEqualTo("producten[0].code");
                    assertThat(p.melding()).contains("onbekend product 'begeleidng'");
                });
    }

    @Test
    void eenTarievenbestandZonderBronWordtGeweigerd() {
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("bron: \"T:1\"\n", ""))))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("bron");
                    assertThat(p.melding()).contains("ontbreekt").contains("waar de tarieven vandaan komen");
                });
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("bron: \"T:2\"", "bron: \"X:2\""))))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("onbekende bron 'X'"));
    }

    @Test
    void overlappendeDatumsWordenGeweigerd() {
        String juli = TARIEVEN_2026.replace("2026-01-01", "2026-07-01");
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026), blad("tarieven-2026-07-01.yaml", juli)))
                .singleElement().satisfies(p -> {
                    assertThat(p.bestand()).isEqualTo("proef/tarieven-2026-07-01.yaml");
                    assertThat(p.melding()).contains("overlapt met proef/tarieven-2026-01-01.yaml");
                });
        // with a geldig_tot before the next one they follow each other
        Regeling r = laad(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("geldig_vanaf: 2026-01-01",
                "geldig_vanaf: 2026-01-01\ngeldig_tot: 2026-06-30")), blad("tarieven-2026-07-01.yaml", juli.replace("77.00", "79.00")))
                .voor("proef", LocalDate.of(2026, 1, 1));
        assertThat(r.tariefwissels("begeleiding", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 31)))
                .containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
    }

    @Test
    void eenTarievenbestandHoortBijEenRegeling() {
        assertThat(problemen(REGELING, blad("tarieven-2024-01-01.yaml", TARIEVEN_2026.replace("2026-01-01", "2024-01-01"))))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("geldig_vanaf");
                    assertThat(p.melding()).contains("valt in geen regeling van proef");
                });
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("geldig_vanaf: 2026-01-01",
                "geldig_vanaf: 2026-01-01\ngeldig_tot: 2027-06-30")))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("loopt door na het einde van proef/2025-01-01.yaml"));
        assertThat(problemen(REGELING, Bronbestand.van("andere/tarieven-2026-01-01.yaml", TARIEVEN_2026)))
                .extracting(Probleem::melding).anySatisfy(m -> assertThat(m).contains("hoort in map 'proef'"));
    }

    @Test
    void tarievenWordenGecontroleerdAlsInEenRegeling() {
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("77.00", "-1"))))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("producten[0].tarieven[0].bedrag"));
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026 + """
                  - code: begeleiding
                    tarieven:
                      - {financiering: ZIN, eenheid: uur, bedrag: 78.00, bron: "T:3"}
                """))).singleElement().satisfies(p -> assertThat(p.melding()).contains("twee keer"));
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.replace("bronnen:", "prijzen: 1\nbronnen:"))))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("prijzen"));
        assertThat(problemen(REGELING, blad("tarieven-2026-01-01.yaml", TARIEVEN_2026.substring(0,
                TARIEVEN_2026.indexOf("    tarieven:")) + "    tarieven: []\n")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("producten[0].tarieven"));
    }

    @Test
    void deTestregelingMetTweePrijsjarenLaadt() throws Exception {
        var map = Repo.root().resolve("core/src/test/resources/tariefwissel/regelingen");
        assertThat(Files.isDirectory(map)).isTrue();
        Regeling r = Regelingen.laad(map).voor("tariefproef", LocalDate.of(2025, 10, 1));
        assertThat(r.tariefbladen()).singleElement().satisfies(b -> {
            assertThat(b.geldigVanaf()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(b.tarieven()).containsOnlyKeys("begeleiding", "traject");
        });
        // a product the list does not name keeps the rulebook's tariff
        assertThat(r.productOp("dagbesteding", LocalDate.of(2026, 6, 1)).tarief(Financiering.ZIN, Eenheid.DAGDEEL, null)
                .bedrag()).isEqualByComparingTo(new BigDecimal("50.00"));
        assertThatThrownBy(() -> r.tariefbladen().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> r.tariefbladen().get(0).tarieven().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
