package nl.indiceer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code indiceer regeling toon} prints the region's extension rule with the provider's route through a 317
 * ({@code verlenging.via_verzoek_om_wijziging}, Flevoland 002:384-390) and the rule that a 317 is judged as a whole
 * ({@code als_geheel}, 002:498-502), and the region's declaration rules ({@code declaratieregels}), each with its source
 * and what is unclear.
 */
class RegelingToonVerlengingTest {

    private static final Path REGELINGEN = Cli.ROOT.resolve("regelingen");

    @TempDir
    Path tmp;

    private static String toon(Path regelingen, String regio) {
        Cli.Resultaat r = Cli.voer("regeling", "toon", regio, "--peildatum", "2025-06-01", "--regelingen", regelingen.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void flevolandToontDeVerlengingViaEenVerzoekOmWijzigingEnDatHetVerzoekAlsGeheelTelt() {
        String uit = toon(REGELINGEN, "flevoland");
        assertThat(uit).contains("Verlenging (eigen regels van de regio)")
                // regelingen/flevoland/2025-01-01.yaml, verlenging (002:383-404)
                .contains("    verlenging zonder extra omvang: ten hoogste 1 keer, ten hoogste 50% van de oorspronkelijke "
                        + "periode, ten hoogste 6 maanden (bron 002:383-404)")
                .contains("      onduidelijk: Afronding van 50% van een periode die niet deelbaar is")
                // via_verzoek_om_wijziging (002:384-390)
                .contains("    via verzoek om wijziging: de aanbieder vraagt de verlenging zelf aan met een verzoek om "
                        + "wijziging (317), alleen om een nieuwe einddatum; type verwijzer 06 (bron 002:384-390)")
                .contains("      onduidelijk: De bron zegt dat type verwijzer '06' (zelf verwijzer / geen verwijzer) wordt "
                        + "gevuld, maar de JW317")
                // als_geheel (002:498-502)
                .contains("    verzoek om wijziging als geheel: elk verzoek om wijziging (317) wordt helemaal toegekend "
                        + "(één 301 voor het hele verzoek) of helemaal niet (geen 301; weigeren met een 319) (bron 002:498-502)");
    }

    @Test
    void flevolandToontOokDeEigenDeclaratieregels() {
        String uit = toon(REGELINGEN, "flevoland");
        assertThat(uit).contains("Declareren (eigen regels van de regio)")
                // declaratieregels.no_show (002:631-633, 663-665) and groepstijd (002:639-643, 671-675)
                .contains("no-show (45F02, 45F22, 45F32): niet declarabel (bron 002:631-633, 663-665)")
                .contains("no-show (alle producten): de tijd van de afspraak; ten hoogste 3 per kalenderjaar per product "
                        + "(bron 002:631-635, 663-667)")
                .contains("onduidelijk: 'Binnen één kalenderjaar kan maximaal 3 maal per binnen een specifiek product")
                .contains("groepstijd (45F02, 45F22, 45F32): tijd van alle hulpverleners samen")
                .contains("(bron 002:639-643, 671-675)");
    }

    @Test
    void eenOnduidelijkBijAlsGeheelWordtGetoondEnZonderVerlengingGeenKop() throws Exception {
        Path map = tmp.resolve("regelingen/flevoland");
        Files.createDirectories(map);
        String yaml = Files.readString(REGELINGEN.resolve("flevoland/2025-01-01.yaml"));
        String met = yaml.replace("    als_geheel:\n      bron: \"002:498-502\"\n",
                "    als_geheel:\n      bron: \"002:498-502\"\n      onduidelijk: \"Een proef: zo staat het in de bron.\"\n");
        assertThat(met).isNotEqualTo(yaml);
        Files.writeString(map.resolve("2025-01-01.yaml"), met);
        assertThat(toon(tmp.resolve("regelingen"), "flevoland"))
                .contains("(bron 002:498-502)\n      onduidelijk: Een proef: zo staat het in de bron.\n");
        // Noord-Limburg has no extension rule for the whole region
        assertThat(toon(REGELINGEN, "noord-limburg")).doesNotContain("Verlenging (eigen regels van de regio)");
    }
}
