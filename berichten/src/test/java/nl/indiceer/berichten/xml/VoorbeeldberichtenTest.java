package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Istandaarden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The official example messages of release 3.2 (ijw/voorbeelden, iwmo/voorbeelden) of every kind Indiceer reads go
 * through reader and writer without losing anything, and what the writer makes validates against the official XSD.
 */
class VoorbeeldberichtenTest {

    static Stream<Berichtsoort> soorten() {
        // the declarations (323, 325) are streamed by the declaratie package and tested there (DeclaratielezerTest)
        return Stream.of(Berichtsoort.values()).filter(s -> s != Berichtsoort.JW315)
                .filter(s -> !s.nummer().equals("323") && !s.nummer().equals("325"))
                .filter(s -> s.richting() != Berichtsoort.Richting.RETOUR); // retours: RetourlezerTest
    }

    static Path voorbeeld(Berichtsoort soort) {
        return Istandaarden.vereist().resolve(soort.wet().standaard()).resolve("voorbeelden").resolve(soort.name() + ".xml");
    }

    @ParameterizedTest
    @MethodSource("soorten")
    void voorbeeldGaatHeenEnTerugZonderVerlies(Berichtsoort soort) throws Exception {
        byte[] origineel = Files.readAllBytes(voorbeeld(soort));
        Bericht gelezen = Berichtlezer.lees(origineel);
        assertThat(gelezen.soort()).isEqualTo(soort);

        byte[] geschreven = Berichtschrijver.schrijf(gelezen);
        assertThat(Berichtlezer.lees(geschreven)).isEqualTo(gelezen);
        // element for element the same values in the same places: nothing of the example was dropped
        assertThat(bladen(geschreven)).isEqualTo(bladen(origineel));
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(soort, geschreven)).isEmpty();
    }

    @Test
    void hetVoorbeeldJw315MetEenOnmogelijkeDatumWordtAfgekeurdMetRegelEnReden() throws Exception {
        byte[] origineel = Files.readAllBytes(voorbeeld(Berichtsoort.JW315));
        int regel = regelVan(origineel, "2027-06-31");
        assertThatThrownBy(() -> Berichtlezer.lees(origineel)).isInstanceOfSatisfying(OngeldigBerichtException.class, e -> {
            assertThat(e.regel()).isEqualTo(regel);
            assertThat(e.meldingen().get(0).code()).isEqualTo("DATUM");
            assertThat(e.meldingen().get(0).tekst()).isEqualTo("ToewijzingEinddatum '2027-06-31' is geen bestaande datum");
        });
        // the official schema says the same, on the same line
        assertThat(Schemacontrole.uit(Istandaarden.vereist()).controleer(Berichtsoort.JW315, origineel))
                .extracting(OngeldigBerichtException.Melding::regel).contains(regel);
    }

    @Test
    void deOfficieleVoorbeeldenVoldoenZelfAanHunSchemaBehalveJw315() throws Exception {
        Schemacontrole schema = Schemacontrole.uit(Istandaarden.vereist());
        soorten().forEach(s -> {
            try {
                assertThat(schema.controleer(s, Files.readAllBytes(voorbeeld(s)))).as(s.name()).isEmpty();
            } catch (Exception e) {
                throw new AssertionError(s + ": " + e.getMessage(), e);
            }
        });
    }

    static int regelVan(byte[] inhoud, String tekst) {
        String[] regels = new String(inhoud, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < regels.length; i++) {
            if (regels[i].contains(tekst)) {
                return i + 1;
            }
        }
        throw new AssertionError(tekst + " niet gevonden");
    }

    /** Every element with a value as "path=value", in document order. */
    static List<String> bladen(byte[] inhoud) throws OngeldigBerichtException {
        List<String> uit = new ArrayList<>();
        bladen(XmlInlezer.lees(inhoud).wortel(), "", uit);
        return uit;
    }

    private static void bladen(Knoop k, String pad, List<String> uit) {
        String hier = pad + "/" + (k.basis ? "b:" : "") + k.naam;
        if (k.kinderen.isEmpty()) {
            uit.add(hier + "=" + (k.tekst == null ? "" : k.tekst.strip()));
        }
        k.kinderen.forEach(c -> bladen(c, hier, uit));
    }
}
