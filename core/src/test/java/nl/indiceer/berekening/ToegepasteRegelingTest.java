package nl.indiceer.berekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.json.UitkomstJson;
import org.junit.jupiter.api.Test;

/** A result names its rulebook by region, geldig_vanaf and content hash, never by where the file lay. */
class ToegepasteRegelingTest {

    @Test
    void deUitkomstNoemtDeVersieMetDeHashVanDeInhoud() throws Exception {
        Uitkomst u = new Indicatiemotor(Repo.regelingen()).bereken(AanvraagLezer.lees(
                Files.readString(Repo.root().resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"))));
        byte[] bestand = Files.readAllBytes(Repo.root().resolve("regelingen/achterhoek/2026-02-02.yaml"));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bestand));
        assertThat(u.toegepast().versie().regio()).isEqualTo("achterhoek");
        assertThat(u.toegepast().versie().geldigVanaf()).hasToString("2026-02-02");
        assertThat(u.toegepast().versie().hash()).isEqualTo(sha256);
        String json = UitkomstJson.schrijf(u);
        assertThat(json).contains("\"sha256\" : \"" + sha256 + "\"").doesNotContain("regelingen/").doesNotContain(".yaml");
    }
}
