package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.regeling.Regelingen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line without posten takes its volume from the allocation it extends or from the relapse rule. When that
 * volume is unknown or in a unit the product does not use, the request is refused with the field named;
 * before, the line silently had no volume ("Geen volume: de regel heeft geen posten", exit 0).
 */
class VolumeZonderPostenTest {

    private static String voorbeeld(String naam) throws Exception {
        return Files.readString(Repo.root().resolve("docs/voorbeelden/" + naam));
    }

    private static Invoerfout enigeFout(Regelingen regelingen, String json) {
        OngeldigeAanvraagException e = (OngeldigeAanvraagException) org.assertj.core.api.Assertions.catchThrowable(
                () -> new Indicatiemotor(regelingen).bereken(AanvraagLezer.lees(json)));
        assertThat(e).as("de aanvraag hoort geweigerd te worden").isNotNull();
        assertThat(e.fouten()).hasSize(1);
        return e.fouten().get(0);
    }

    @Test
    void eenVerlengingVanEenToewijzingInEtmalenPastNietBijEenProductInMinuten() throws Exception {
        String json = voorbeeld("002-verlenging-6-maanden-plus-3.json")
                .replace("\"volume\": 3000,\n      \"eenheid\": \"minuut\"", "\"volume\": 3,\n      \"eenheid\": \"etmaal\"");
        Invoerfout f = enigeFout(Repo.regelingen(), json);
        assertThat(f.pad()).isEqualTo("lopende_toewijzingen[0].eenheid");
        assertThat(f.code()).isEqualTo("EENHEID_PAST_NIET");
    }

    @Test
    void eenVerlengingZonderBekendVolumeVraagtDatVolume() throws Exception {
        String json = voorbeeld("002-verlenging-6-maanden-plus-3.json")
                .replace("\"volume\": 3000,\n      \"eenheid\": \"minuut\",\n      \"periode\": \"TOTAAL\"", "\"periode\": \"TOTAAL\"");
        assertThat(json).doesNotContain("3000");
        Invoerfout f = enigeFout(Repo.regelingen(), json);
        assertThat(f.pad()).isEqualTo("lopende_toewijzingen[0].volume");
        assertThat(f.code()).isEqualTo("VERPLICHT");
    }

    @Test
    void eenTerugvalregelingInEtmalenPastNietBijEenProductInMinuten(@TempDir Path map) throws Exception {
        Path flevoland = Files.createDirectories(map.resolve("flevoland"));
        try (var bestanden = Files.list(Repo.root().resolve("regelingen/flevoland"))) {
            for (Path p : bestanden.toList()) {
                String yaml = Files.readString(p);
                int t = yaml.indexOf("\nterugval:");
                assertThat(t).as("Flevoland heeft een terugvalregeling (002:322-334)").isPositive();
                int e = yaml.indexOf("eenheid: minuut", t);
                Files.writeString(flevoland.resolve(p.getFileName()), yaml.substring(0, e) + "eenheid: etmaal"
                        + yaml.substring(e + "eenheid: minuut".length()));
            }
        }
        Invoerfout f = enigeFout(Regelingen.laad(map), voorbeeld("002-terugval-1000-minuten.json"));
        assertThat(f.pad()).isEqualTo("producten[0].posten");
        assertThat(f.melding()).contains("terugvalregeling").contains("etmalen");
    }

    @Test
    void deVoorbeeldenZelfRekenenGewoon() throws Exception {
        assertThat(new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(
                voorbeeld("002-terugval-1000-minuten.json"))).regels().get(0).volume().totaal()).isEqualByComparingTo("1000");
    }
}
