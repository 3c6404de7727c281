package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import nl.indiceer.Repo;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;

/**
 * Whatever passes the rulebook checks can be computed (issue 6, section 2): numbers of a shipped
 * rulebook are replaced by random and extreme values; every mutated rulebook that loads computes
 * every example request of its region with a result or an invalid-request error, never another
 * exception. And whatever bytes or YAML the reader gets, it answers with a rulebook or a rulebook error.
 */
class RegelingFuzzTest {

    /** A number as a YAML value: after ':' or in a flow list, ending the value. */
    private static final Pattern GETAL = Pattern.compile("(?m)(?<=[:\\[,] )(-?[0-9]+(?:\\.[0-9]+)?(?:/[0-9]+)?)(?=[ ]*(?:[,}\\]]|#|$))");

    private static final Map<String, String> TEKST = new LinkedHashMap<>();
    private static final Map<String, List<Integer[]>> GETALLEN = new LinkedHashMap<>();
    private static final Map<String, List<Aanvraag>> VOORBEELDEN = new LinkedHashMap<>();

    static {
        for (String regio : Repo.regelingen().regios()) {
            for (Regeling r : Repo.regelingen().versies(regio)) {
                try {
                    String tekst = Files.readString(Path.of(r.bestand()));
                    String naam = regio + "/" + Path.of(r.bestand()).getFileName();
                    TEKST.put(naam, tekst);
                    List<Integer[]> plekken = new ArrayList<>();
                    Matcher m = GETAL.matcher(tekst);
                    while (m.find()) {
                        plekken.add(new Integer[] {m.start(1), m.end(1)});
                    }
                    GETALLEN.put(naam, plekken);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        try (Stream<Path> s = Files.list(Repo.root().resolve("docs/voorbeelden"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                try {
                    Aanvraag a = AanvraagLezer.lees(Files.readString(p));
                    VOORBEELDEN.computeIfAbsent(Repo.regelingen().regio(a.regio()), k -> new ArrayList<>()).add(a);
                } catch (OngeldigeAanvraagException e) {
                    // an example of an invalid request: nothing to compute
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 200)
    void watDeControleDoorstaatIsTeBerekenen(@ForAll("bestand") String naam, @ForAll("mutaties") List<Tuple.Tuple2<Integer, String>> mutaties) {
        berekenAlsHetLaadt(naam, muteer(naam, mutaties));
    }

    /**
     * One number set to an extreme magnitude (huge, tiny, too many digits): such a value must be refused at
     * load, because somewhere the engine cannot compute with it (found this way: limits, durations, fixed
     * volumes and the relapse rule broke with an ArithmeticException before numbers were bounded).
     */
    @Property(tries = 400)
    void extremeGroottesWordenGeweigerdOfBerekend(@ForAll("bestand") String naam, @ForAll("grootte") String waarde,
                                                  @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 100_000) int plek) {
        berekenAlsHetLaadt(naam, muteer(naam, List.of(Tuple.of(plek, waarde))));
    }

    @Provide
    Arbitrary<String> grootte() {
        return Arbitraries.of("1e999999999", "1e-999999999", "-1e999999999", "1e30", "1e-30", "0.00000000001",
                "99999999999999999999", "123456789.123456789");
    }

    private static void berekenAlsHetLaadt(String naam, String gemuteerd) {
        Regelingen regelingen;
        try {
            regelingen = Regelingen.laad(MapbronTest.bron(Bronbestand.van(naam, gemuteerd)));
        } catch (OngeldigeRegelingException e) {
            assertThat(e.problemen()).isNotEmpty().allSatisfy(p -> assertThat(p.bestand()).isEqualTo(naam));
            return;
        }
        Indicatiemotor motor = new Indicatiemotor(regelingen);
        for (Aanvraag a : VOORBEELDEN.getOrDefault(naam.substring(0, naam.indexOf('/')), List.of())) {
            try {
                assertThat(motor.bereken(a)).isNotNull();
            } catch (OngeldigeAanvraagException e) {
                // the request does not fit the mutated rulebook: a clean input error
            }
        }
    }

    @Property(tries = 3)
    void deOngewijzigdeRegelingenLadenEnElkeRegioHeeftVoorbeelden(@ForAll("bestand") String naam) {
        // the property above is only meaningful if the unmutated text loads and has numbers and requests to try
        assertThat(GETALLEN.get(naam)).as("getallen om te muteren in " + naam).isNotEmpty();
        assertThat(VOORBEELDEN.get(naam.substring(0, naam.indexOf('/')))).isNotEmpty();
        assertThat(Regelingen.laad(MapbronTest.bron(Bronbestand.van(naam, TEKST.get(naam)))).regios()).hasSize(1);
    }

    private static String muteer(String naam, List<Tuple.Tuple2<Integer, String>> mutaties) {
        List<Integer[]> plekken = GETALLEN.get(naam);
        Map<Integer, String> nieuw = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        for (Tuple.Tuple2<Integer, String> m : mutaties) {
            nieuw.put(Math.floorMod(m.get1(), plekken.size()), m.get2());
        }
        StringBuilder s = new StringBuilder(TEKST.get(naam));
        nieuw.forEach((i, waarde) -> s.replace(plekken.get(i)[0], plekken.get(i)[1], waarde));
        return s.toString();
    }

    @Provide
    Arbitrary<String> bestand() {
        return Arbitraries.of(new ArrayList<>(TEKST.keySet()));
    }

    @Provide
    Arbitrary<String> extreem() {
        return Arbitraries.of(EXTREEM);
    }

    private static final List<String> EXTREEM = List.of("0", "-0", "-1", "1", "0.5", "1e999999999", "1e-999999999",
                "-1e999999999", "10000000", "10000001", "9999999.999999", "0.000001", "0.0000001", "4", "4.5", "4.51",
                "3.99", "52", "53", "52/12", "365/7", "1/0", "0/1", "60", "59", "480", "481", "120", "121", "3660",
                "0.01", "0.001", "2147483648", "99999999999999999999", "7", "13", "18");

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, String>>> mutaties() {
        Arbitrary<String> extreem = extreem();
        Arbitrary<String> willekeurig = Arbitraries.bigDecimals().between(new BigDecimal("-20000000"), new BigDecimal("20000000"))
                .ofScale(3).map(BigDecimal::toPlainString);
        Arbitrary<String> klein = Arbitraries.integers().between(-5, 700).map(String::valueOf);
        Arbitrary<String> waarde = Arbitraries.frequencyOf(Tuple.of(4, extreem), Tuple.of(2, willekeurig), Tuple.of(3, klein));
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), waarde).as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
    }

    // ------------------------------------------------------------------ random bytes and YAML text

    @Property(tries = 300)
    void willekeurigeBytesGevenEenRegelingOfEenRegelingfout(@ForAll byte[] bytes) {
        leesEnVerwachtAlleenRegelingOfFout(bytes);
    }

    @Property(tries = 500)
    void bewerkteYamlGeeftEenRegelingOfEenRegelingfout(@ForAll("bewerkingen") List<Tuple.Tuple3<Integer, Integer, String>> bewerkingen,
                                                      @ForAll boolean groot) {
        StringBuilder s = new StringBuilder(groot ? TEKST.get("ridderkerk/2025-01-01.yaml") : Proef.GOED);
        for (Tuple.Tuple3<Integer, Integer, String> b : bewerkingen) {
            int van = Math.floorMod(b.get1(), s.length() + 1);
            int tot = Math.min(s.length(), van + b.get2());
            s.replace(van, tot, b.get3());
        }
        leesEnVerwachtAlleenRegelingOfFout(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<List<Tuple.Tuple3<Integer, Integer, String>>> bewerkingen() {
        Arbitrary<String> invoeging = Arbitraries.oneOf(
                Arbitraries.of("", ":", " ", "\n", "\n  ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!x ", "!!binary ", "<<: ",
                        "\"", "'", "#", "|", ">", "? ", "---\n", "...", "\t", "%YAML 1.1\n", "\u0000", "\uFEFF", "\u0007", "~",
                        "null", "true", "0", "-1", "1e999999999", "52/12", "2025-13-45", "+999999999-01-01", "\\u0000"),
                Arbitraries.strings().ofMaxLength(8));
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 12), invoeging)
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 300)
    void gegenereerdeYamlGeeftEenRegelingOfEenRegelingfout(@ForAll("yaml") String yaml) {
        leesEnVerwachtAlleenRegelingOfFout(yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** YAML built from the format's own keys with random values, so that the checks behind the parser are reached. */
    @Provide
    Arbitrary<String> yaml() {
        Arbitrary<String> sleutel = Arbitraries.of("regio", "naam", "wet", "geldig_vanaf", "geldig_tot", "bron", "bronnen", "id",
                "bestand", "producten", "code", "eenheid", "bekostiging", "perioden", "tarieven", "financiering", "bedrag",
                "aanbieder", "constanten", "weken_per_maand", "waarde", "leeftijd", "vanaf", "tot", "limieten", "per", "maximaal",
                "duur", "maximaal_maanden", "varianten", "combinaties", "groepen", "paren", "a", "b", "oordeel", "voetnoot",
                "vereist", "met", "gemeenten", "terugval", "verlenging", "vast_volume", "volume", "onbekend");
        Arbitrary<String> scalar = Arbitraries.of("proef", "\"P:1\"", "P:1", "2025-01-01", "uur", "ZIN", "pxq", "WEEK", "12",
                "0", "-3", "74.81", "52/12", "1e999999999", "~", "\"\"", "[]", "{}", "true", "begeleiding", "mogelijk", "x");
        return Arbitraries.recursive(() -> scalar,
                inner -> Arbitraries.oneOf(
                        Combinators.combine(sleutel, inner).as((k, v) -> "{" + k + ": " + v + "}"),
                        Combinators.combine(sleutel, inner, sleutel, inner).as((k, v, k2, v2) -> "{" + k + ": " + v + ", " + k2 + ": " + v2 + "}"),
                        inner.list().ofMaxSize(3).map(l -> "[" + String.join(", ", l) + "]")),
                0, 5);
    }

    private static void leesEnVerwachtAlleenRegelingOfFout(byte[] inhoud) {
        try {
            assertThat(RegelingLezer.lees("proef/2025-01-01.yaml", inhoud)).isNotNull();
        } catch (OngeldigeRegelingException e) {
            assertThat(e.problemen()).isNotEmpty().allSatisfy(p -> {
                assertThat(p.bestand()).isEqualTo("proef/2025-01-01.yaml");
                assertThat(p.melding()).isNotBlank();
            });
        }
    }
}
