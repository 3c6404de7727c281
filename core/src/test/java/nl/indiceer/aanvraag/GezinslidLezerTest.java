package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A family member may name its client record ({@code gezin[].client_id}): a whole number from 1, or absent. */
class GezinslidLezerTest {

    private static final String AANVRAAG = """
            {"regio": "flevoland", "peildatum": "2025-03-01", "client": {"geboortedatum": "2013-05-01"},
             "producten": [{"product": "45F33", "variant": "A", "financiering": "ZIN", "begindatum": "2025-03-01",
               "einddatum": "2026-02-28", "periode": "TOTAAL",
               "gezin": [{"naam": "Sanne", "geboortedatum": "2013-05-01"}, {"naam": "Mees", "geboortedatum": "2016-08-12" ID}],
               "posten": [{"uren": 5, "weken": 20.8, "per": "week"}]}]}
            """;

    @Test
    void eenGekoppeldGezinslidHeeftZijnClientnummer() {
        Aanvraag a = AanvraagLezer.lees(AANVRAAG.replace(" ID", ", \"client_id\": 42"));
        assertThat(a.producten().get(0).gezin()).containsExactly(
                new Gezinslid("Sanne", java.time.LocalDate.of(2013, 5, 1), null),
                new Gezinslid("Mees", java.time.LocalDate.of(2016, 8, 12), 42L));
    }

    @Test
    void eenClientnummerIsEenGeheelGetalVanafEen() {
        for (String fout : new String[] {"1.5", "0", "\"42\""}) {
            try {
                AanvraagLezer.lees(AANVRAAG.replace(" ID", ", \"client_id\": " + fout));
                throw new AssertionError("aanvaard: " + fout);
            } catch (OngeldigeAanvraagException e) {
                assertThat(e.fouten()).as(fout).singleElement().satisfies(f ->
                        assertThat(f.pad()).isEqualTo("producten[0].gezin[1].client_id"));
            }
        }
    }
}
