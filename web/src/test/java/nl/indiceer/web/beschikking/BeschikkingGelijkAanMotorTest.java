package nl.indiceer.web.beschikking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Besluitregels;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property over every request in docs/voorbeelden/ the engine computes without a FOUT: decided (every line granted,
 * with a motivation), the stored decision states exactly the volume, total, rekensom (steps and sentence) and cost that
 * the engine computes for its stored request, under the rulebook version the decision records.
 */
@PaginaTest
class BeschikkingGelijkAanMotorTest {

    static final Path VOORBEELDEN = Path.of(System.getProperty("indiceer.root", "..")).resolve("docs/voorbeelden");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String GEMEENTE = "0184";

    @Autowired
    AanvraagDienst aanvragen;

    @Autowired
    BeschikkingDienst beschikkingen;

    @Autowired
    ClientOpslag clienten;

    @Autowired
    RegelingenInWerking inWerking;

    /**
     * The examples the property is about: those the engine computes, with at least one line and no FOUT (a FOUT cannot
     * be granted without the hardheidsclausule, an input error is no request). Chosen here, with the shipped
     * rulebooks, so that no case skips itself; and if a change to the rules or examples left few of them, the source
     * fails instead of the property passing on almost nothing.
     */
    static Stream<Path> voorbeelden() throws Exception {
        Indicatiemotor motor = new Indicatiemotor(Regelingen.laad(
                Path.of(System.getProperty("indiceer.regelingen", "../regelingen"))));
        List<Path> alle;
        try (Stream<Path> s = Files.list(VOORBEELDEN)) {
            alle = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Path> toe = new java.util.ArrayList<>();
        for (Path p : alle) {
            try {
                Uitkomst u = motor.bereken(AanvraagLezer.lees(Files.readString(p)));
                boolean fout = u.regels().stream().anyMatch(r -> Besluitregels.bevindingen(u, r).stream()
                        .anyMatch(b -> b.ernst() == Ernst.FOUT));
                if (!fout && !u.regels().isEmpty()) {
                    toe.add(p);
                }
            } catch (OngeldigeAanvraagException e) {
                // an example of an input error: not a request to decide
            }
        }
        assertThat(toe).as("examples without FOUT to decide, of " + alle.size()).hasSizeGreaterThanOrEqualTo(30);
        return toe.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("voorbeelden")
    void deBeschikkingZegtWatDeMotorBerekent(Path bestand) throws Exception {
        String invoer = Files.readString(bestand);
        Aanvraag aanvraag = AanvraagLezer.lees(invoer);
        Uitkomst vooraf = inWerking.motor().bereken(aanvraag);

        Medewerker wie = new Medewerker("eigenschap", Set.of(GEMEENTE));
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        LocalDate geboren = aanvraag.client() == null || aanvraag.client().geboortedatum() == null
                ? LocalDate.of(2013, 1, 1) : aanvraag.client().geboortedatum();
        long client = clienten.voegToe(bsn, "Eigenschap", geboren, GEMEENTE, new Adres("Straat 1", "8321 AA", "Urk"));
        OpgeslagenAanvraag a = aanvragen.maak(wie, client, invoer, Aanvraagstatus.INGEDIEND);
        Map<Integer, Regelkeuze> keuzes = new LinkedHashMap<>();
        vooraf.regels().forEach(r -> keuzes.put(r.index(), Regelkeuze.toekennen("Motivering voor de eigenschap.")));
        OpgeslagenBeschikking b = beschikkingen.besluit(wie, new Besluitverzoek(a.id(), a.versie(), Beschikkingsoort.EERSTE,
                null, keuzes));

        // the engine on the stored request now, under the version the decision records
        Uitkomst nu = inWerking.motor().bereken(AanvraagLezer.lees(aanvragen.lees(wie, a.id()).invoer()));
        assertThat(nu.toegepast().versie()).isEqualTo(b.regeling());
        JsonNode motorJson = JSON.readTree(UitkomstJson.schrijf(nu));
        JsonNode opgeslagen = JSON.readTree(b.inhoud());
        assertThat(opgeslagen.get("regeling_versie").get("sha256").asText()).isEqualTo(b.regeling().hash());
        List<JsonNode> regels = List.copyOf(iterable(opgeslagen.get("regels")));
        assertThat(regels).hasSize(motorJson.get("regels").size());
        for (JsonNode r : regels) {
            JsonNode m = motorJson.get("regels").get(r.get("regel").asInt());
            JsonNode v = r.get("volume");
            JsonNode mv = m.get("volume");
            if (mv == null || mv.isNull()) {
                assertThat(v.isNull()).isTrue();
            } else {
                assertThat(v.get("volume").decimalValue()).isEqualByComparingTo(mv.get("volume").decimalValue());
                assertThat(v.get("totaal_geldigheidsduur").decimalValue()).isEqualByComparingTo(mv.get("totaal_geldigheidsduur").decimalValue());
                assertThat(v.get("frequentie").asText()).isEqualTo(mv.get("periode").asText());
                assertThat(v.get("eenheid_code").asText()).isEqualTo(mv.get("eenheid_code").asText());
            }
            assertThat(r.get("rekensomstappen")).isEqualTo(m.get("rekensomstappen"));
            assertThat(r.get("rekensom")).isEqualTo(m.get("rekensom"));
            assertThat(r.get("kosten").get("totaal")).isEqualTo(m.get("kosten").get("totaal"));
            assertThat(r.get("kosten").get("per_periode")).isEqualTo(m.get("kosten").get("per_periode"));
            assertThat(r.get("kosten").get("rekensom")).isEqualTo(m.get("kosten").get("rekensom"));
            assertThat(r.get("product").asText()).isEqualTo(m.get("product").asText());
            assertThat(r.get("begindatum").asText()).isEqualTo(m.get("begindatum").asText());
            assertThat(r.get("einddatum").asText()).isEqualTo(m.get("einddatum").asText());
        }
    }

    private static List<JsonNode> iterable(JsonNode lijst) {
        List<JsonNode> uit = new java.util.ArrayList<>();
        lijst.forEach(uit::add);
        return uit;
    }
}
