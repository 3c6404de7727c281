package nl.indiceer.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Toewijzing;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.getal.Breuk;
import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.rekensom.Rekenstap;
import nl.indiceer.toetsing.Bevinding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs every scenario in {@code scenarios/}: a worked example from a seed, kept as data a policy officer
 * can read (the request in docs/voorbeelden, the expected outcome in the scenario file, the seed line in
 * its name). See docs/scenario-formaat.md.
 */
class ScenarioTest {

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        Path map = Repo.root().resolve("scenarios");
        List<Path> bestanden;
        try (Stream<Path> s = Files.walk(map)) {
            bestanden = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(bestanden).as("scenario's in " + map).isNotEmpty();
        return bestanden.stream().map(this::test);
    }

    @SuppressWarnings("unchecked")
    private DynamicTest test(Path bestand) {
        Map<String, Object> scenario;
        try {
            scenario = new Yaml().load(Files.readString(bestand, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String naam = Repo.root().relativize(bestand) + ": " + scenario.get("naam") + " [" + scenario.get("bron") + "]";
        return DynamicTest.dynamicTest(naam, () -> voerUit(scenario));
    }

    private static final java.util.Set<String> SCENARIO = java.util.Set.of("naam", "bron", "aanvraag", "verwacht",
            "regelingen");
    private static final java.util.Set<String> VERWACHT = java.util.Set.of("fout", "bevindingen", "geen_bevindingen",
            "invoerfouten", "regels", "ernst");
    private static final java.util.Set<String> REGEL = java.util.Set.of("regel", "volume", "eenheid", "periode", "totaal",
            "kosten_per_periode", "kosten_totaal", "rekensom_bevat", "kostenrekensom_bevat", "bevindingen",
            "geen_bevindingen", "toewijzingen", "ernst", "kostenstappen");

    /** A misspelt key would silently check nothing, so every key must be known. */
    private static void alleenBekend(Map<String, Object> map, java.util.Set<String> bekend, String waar) {
        assertThat(bekend).as("onbekende sleutel in " + waar + " (zie docs/scenario-formaat.md)").containsAll(map.keySet());
    }

    @SuppressWarnings("unchecked")
    private void voerUit(Map<String, Object> scenario) throws IOException {
        alleenBekend(scenario, SCENARIO, "scenario");
        String json = Files.readString(Repo.root().resolve((String) scenario.get("aanvraag")), StandardCharsets.UTF_8);
        Map<String, Object> verwacht = (Map<String, Object>) scenario.get("verwacht");
        alleenBekend(verwacht, VERWACHT, "verwacht");
        // a scenario may name its own rulebook folder (a test fixture, e.g. tariffs by date); default the shipped ones
        Indicatiemotor motor = new Indicatiemotor(scenario.containsKey("regelingen")
                ? Regelingen.laad(Repo.root().resolve((String) scenario.get("regelingen"))) : Repo.regelingen());
        if (verwacht.containsKey("invoerfouten")) {
            assertThatThrownBy(() -> motor.bereken(AanvraagLezer.lees(json)))
                    .isInstanceOfSatisfying(OngeldigeAanvraagException.class, e -> assertThat(
                            e.fouten().stream().map(Invoerfout::pad).toList())
                            .containsAll((List<String>) verwacht.get("invoerfouten")));
            return;
        }
        Uitkomst u = motor.bereken(AanvraagLezer.lees(json));
        if (verwacht.containsKey("fout")) {
            assertThat(u.heeftFout()).as("heeft FOUT; bevindingen: " + codes(u.alleBevindingen()))
                    .isEqualTo(verwacht.get("fout"));
        }
        bevindingen(verwacht, u.bevindingen(), "aanvraag");
        u.regels().forEach(ScenarioTest::nooitNaarBeneden);
        List<Map<String, Object>> regels = (List<Map<String, Object>>) verwacht.getOrDefault("regels", List.of());
        for (Map<String, Object> r : regels) {
            alleenBekend(r, REGEL, "verwacht.regels");
            int index = (Integer) r.getOrDefault("regel", 0);
            regel(r, u.regels().get(index));
        }
    }

    @SuppressWarnings("unchecked")
    private static void regel(Map<String, Object> v, Regeluitkomst r) {
        String wie = "regel " + r.index() + " (" + r.productnaam() + ")";
        if (v.containsKey("volume")) {
            assertThat(r.volume()).as(wie + " volume").isNotNull();
            assertThat(r.volume().volume()).as(wie + " volume; rekensom: " + RekensomTekst.zin(r.rekensom())).isEqualByComparingTo(getal(v.get("volume")));
        }
        if (v.containsKey("eenheid")) {
            assertThat(r.volume().eenheid().enkelvoud()).as(wie + " eenheid").isEqualTo(v.get("eenheid"));
        }
        if (v.containsKey("periode")) {
            assertThat(r.volume().periode().name()).as(wie + " periode").isEqualTo(v.get("periode"));
        }
        if (v.containsKey("totaal")) {
            assertThat(r.volume().totaal()).as(wie + " totaal over de geldigheidsduur").isEqualByComparingTo(getal(v.get("totaal")));
        }
        if (v.containsKey("kosten_per_periode")) {
            assertThat(r.kosten().perPeriode()).as(wie + " kosten per periode; " + r.kosten().rekensom())
                    .isEqualByComparingTo(getal(v.get("kosten_per_periode")));
        }
        if (v.containsKey("kosten_totaal") && v.get("kosten_totaal") == null) {
            assertThat(r.kosten().totaal()).as(wie + " kosten totaal hoort onbekend te zijn; " + r.kosten().rekensom()).isNull();
        } else if (v.containsKey("kosten_totaal")) {
            assertThat(r.kosten().totaal()).as(wie + " kosten totaal; " + r.kosten().rekensom())
                    .isEqualByComparingTo(getal(v.get("kosten_totaal")));
        }
        String rekensom = RekensomTekst.zin(r.rekensom());
        for (String deel : (List<String>) v.getOrDefault("rekensom_bevat", List.of())) {
            assertThat(rekensom).as(wie + " rekensom").contains(deel);
        }
        for (String deel : (List<String>) v.getOrDefault("kostenrekensom_bevat", List.of())) {
            assertThat(r.kosten().rekensom()).as(wie + " kostenrekensom").contains(deel);
        }
        List<Map<String, Object>> kostenstappen = (List<Map<String, Object>>) v.get("kostenstappen");
        if (kostenstappen != null) {
            assertThat(r.kosten().stappen()).as(wie + " kostenstappen; " + r.kosten().rekensom()).hasSize(kostenstappen.size());
            for (int i = 0; i < kostenstappen.size(); i++) {
                kostenstap(kostenstappen.get(i), r.kosten().stappen().get(i), wie + " kostenstap " + i);
            }
        }
        List<Map<String, Object>> toewijzingen = (List<Map<String, Object>>) v.get("toewijzingen");
        if (toewijzingen != null) {
            assertThat(r.toewijzingen()).as(wie + " toewijzingen").hasSize(toewijzingen.size());
            for (int i = 0; i < toewijzingen.size(); i++) {
                Toewijzing t = r.toewijzingen().get(i);
                Map<String, Object> tv = toewijzingen.get(i);
                assertThat(t.ontvanger()).isEqualTo(tv.get("ontvanger"));
                assertThat(t.productcode()).isEqualTo(tv.get("product"));
                assertThat(t.volume()).isEqualByComparingTo(getal(tv.get("volume")));
            }
        }
        bevindingen(v, r.bevindingen(), wie);
    }

    private static final java.util.Set<String> KOSTENSTAP = java.util.Set.of("soort", "van", "tot", "hoeveelheid",
            "tarief", "bedrag");

    private static void kostenstap(Map<String, Object> v, Kostenstap s, String wie) {
        alleenBekend(v, KOSTENSTAP, "verwacht.regels.kostenstappen");
        if (v.containsKey("soort")) {
            assertThat(s.soort().name()).as(wie + " soort").isEqualTo(v.get("soort"));
        }
        if (v.containsKey("van")) {
            assertThat(s.van()).as(wie + " van").hasToString((String) v.get("van"));
        }
        if (v.containsKey("tot")) {
            assertThat(s.tot()).as(wie + " tot").hasToString((String) v.get("tot"));
        }
        if (v.containsKey("hoeveelheid")) {
            assertThat(s.hoeveelheid()).as(wie + " hoeveelheid").isEqualByComparingTo(getal(v.get("hoeveelheid")));
        }
        if (v.containsKey("tarief")) {
            assertThat(s.tarief()).as(wie + " tarief").isNotNull();
            assertThat(s.tarief().bedrag()).as(wie + " tarief").isEqualByComparingTo(getal(v.get("tarief")));
        }
        if (v.containsKey("bedrag")) {
            assertThat(s.bedrag()).as(wie + " bedrag").isEqualByComparingTo(getal(v.get("bedrag")));
        }
    }

    /** Every line of every scenario: the allocation is the exact volume rounded up, the steps add up to it. */
    private static void nooitNaarBeneden(Regeluitkomst r) {
        if (r.volume() == null) {
            return;
        }
        Breuk exact = r.volume().exact();
        Breuk toegewezen = Breuk.van(r.volume().volume());
        String wie = "regel " + r.index() + " (" + r.productnaam() + "): " + RekensomTekst.zin(r.rekensom());
        assertThat(toegewezen).as(wie).isGreaterThanOrEqualTo(exact).isLessThan(exact.plus(Breuk.EEN));
        Breuk som = Breuk.NUL;
        for (Rekenstap stap : r.rekensom().stappen()) {
            som = som.plus(stap.uitkomst());
        }
        assertThat(som).as(wie).isEqualTo(r.rekensom().exact());
    }

    @SuppressWarnings("unchecked")
    private static void bevindingen(Map<String, Object> v, List<Bevinding> gevonden, String wie) {
        List<String> codes = codes(gevonden);
        for (String code : (List<String>) v.getOrDefault("bevindingen", List.of())) {
            assertThat(bestaat(code)).as(wie + ": '" + code + "' staat niet in de catalogus (Bevindingcode)").isTrue();
            assertThat(codes).as(wie + ": verwachte bevinding " + code + "; gevonden: " + gevonden).contains(code);
        }
        for (String code : (List<String>) v.getOrDefault("geen_bevindingen", List.of())) {
            assertThat(bestaat(code)).as(wie + ": '" + code + "' staat niet in de catalogus (Bevindingcode)").isTrue();
            assertThat(codes).as(wie + ": bevinding " + code + " hoort er niet te zijn; gevonden: " + gevonden).doesNotContain(code);
        }
        // ernst: {CODE: WAARSCHUWING}: the finding is there, and every finding with that code has that severity
        // (a guideline exceeded asks for a motivation, a rule exceeded blocks)
        for (Map.Entry<String, Object> e : ((Map<String, Object>) v.getOrDefault("ernst", Map.of())).entrySet()) {
            assertThat(bestaat(e.getKey())).as(wie + ": '" + e.getKey() + "' staat niet in de catalogus (Bevindingcode)").isTrue();
            List<String> ernsten = gevonden.stream().filter(b -> b.code().name().equals(e.getKey()))
                    .map(b -> b.ernst().name()).toList();
            assertThat(ernsten).as(wie + ": ernst van " + e.getKey() + "; gevonden: " + gevonden).isNotEmpty()
                    .containsOnly(String.valueOf(e.getValue()));
        }
    }

    private static boolean bestaat(String code) {
        return java.util.Arrays.stream(nl.indiceer.toetsing.Bevindingcode.values()).anyMatch(c -> c.name().equals(code));
    }

    private static List<String> codes(List<Bevinding> b) {
        return b.stream().map(x -> x.code().name()).toList();
    }

    private static BigDecimal getal(Object o) {
        if (o == null) {
            fail("getal ontbreekt");
        }
        return new BigDecimal(o.toString());
    }
}
