package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.indiceer.Repo;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.normenkader.NormeringJson;
import nl.indiceer.normenkader.NormeringTekst;
import nl.indiceer.normenkader.Normeringsverzoek;
import nl.indiceer.normenkader.Productkoppeling;
import nl.indiceer.normenkader.TakenLezer;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;

/**
 * Random and mutated input for both readers and everything behind them. Whatever the text, the only
 * outcomes are a result or a clean {@link OngeldigeAanvraagException}: never another exception, never a
 * hang. The inputs are random JSON trees (field names of the formats, odd Unicode, huge and tiny numbers,
 * deep nesting) and mutations of every request shipped in docs/voorbeelden/, at the level of the tree
 * (values swapped, fields dropped or added, dates shifted, elements repeated) and of the text.
 *
 * <p>A failure prints the input; the jqwik seed reproduces the run.
 */
class InvoerFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory KNOPEN = JsonNodeFactory.withExactBigDecimals(true);
    /** A guard against hanging (a huge validity once ran for minutes), not a speed measure; see docs/benchmarks.md. */
    private static final long MAXIMAAL_MS = 60_000;

    private static final String[] VELDEN = {"regio", "peildatum", "gemeente", "client", "naam", "geboortedatum",
            "lopende_toewijzingen", "id", "product", "aanbieder", "begindatum", "einddatum", "financiering", "volume", "eenheid",
            "periode", "verlengd", "producten", "variant", "aanbiedertype", "motivering", "gemiddeld_per_week", "minuten", "uren",
            "dagdelen", "etmalen", "stuks", "hardheidsclausule", "verlengt", "overgang_van", "terugval_na", "gezin", "posten",
            "omschrijving", "aantal", "per", "weken", "maanden",
            "normenkader", "taken", "taak", "ritme", "basis", "frequentie", "keer", "factoren", "factor", "waarde", "capaciteit",
            "soort", "deel", "toelichting", "afwijking", "weken_per_maand", "bron"};

    private static final String[] TEKSTEN = {"", " ", "\u200B", "\uFEFF", "\u00A0", "\n\u001B[31mResultaat: geen fouten.",
            "\u202Eabc", "\uD800", "😀", "é", "1900-01-01", "2200-12-31", "2199-12-31", "1899-12-31", "+999999999-12-31",
            "-999999999-01-01", "2024-02-29", "2025-02-29", "2026-03-01", "2027-02-28", "0000-00-00", "WEEK", "MAAND", "TOTAAL",
            "week", "maand", "totaal", "twee_weken", "jaar", "ZIN", "PGB_FORMEEL", "PGB_INFORMEEL", "minuut", "uur", "dagdeel",
            "etmaal", "stuks", "traject", "micro", "regulier", "norm", "referentie", "eigen_kracht", "netwerk",
            "gebruikelijke_hulp", "voorliggende_voorziening", "T1", "T0", "T2", "achterhoek", "noord-limburg", "flevoland",
            "drechtsteden", "ridderkerk", "Venlo", "Ridderkerk", "Lelystad", "x".repeat(5_000)};

    private static final String[] GETALLEN = {"0", "-0", "-1", "1", "0.0001", "0.00005", "0.5", "1.5", "4", "4.33", "4.5", "5",
            "7", "12", "13", "52", "60", "168", "169", "1000", "9999999", "10000000", "10000001", "9999999.9999", "1e7", "1e-7",
            "1E+2", "1e999999999", "-1e999999999", "1e-999999999", "1.00000000000000000001", "123456789012345678901234567890",
            "2147483648", "-2147483649", "9223372036854775808"};

    private static Indicatiemotor motor;
    private static Normenkaders normenkaders;
    static List<String> aanvragen;
    static List<String> normeringen;

    static synchronized void laad() {
        if (motor != null) {
            return;
        }
        motor = new Indicatiemotor(Repo.regelingen());
        normenkaders = Normenkaders.laad(Repo.root().resolve("normenkaders"));
        List<String> a = new ArrayList<>();
        List<String> n = new ArrayList<>();
        try (Stream<Path> bestanden = Files.list(Repo.root().resolve("docs/voorbeelden"))) {
            for (Path p : bestanden.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                (p.getFileName().toString().startsWith("normeer-") ? n : a).add(Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        aanvragen = a;
        normeringen = n;
    }

    // The properties

    @Property(tries = 1500)
    void gemuteerdeAanvragen(@ForAll long zaad) {
        laad();
        Random r = new Random(zaad);
        bereken(muteer(aanvragen.get(r.nextInt(aanvragen.size())), r));
    }

    @Property(tries = 1000)
    void gemuteerdeNormeringen(@ForAll long zaad) {
        laad();
        Random r = new Random(zaad);
        normeer(muteer(normeringen.get(r.nextInt(normeringen.size())), r));
    }

    @Property(tries = 300)
    void willekeurigeJson(@ForAll("json") String json) {
        laad();
        bereken(json);
        normeer(json);
    }

    // What counts as a clean outcome

    static void bereken(String json) {
        schoon(json, () -> {
            Aanvraag a = AanvraagLezer.lees(json);
            Uitkomst u = motor.bereken(a);
            assertThat(u).isNotNull();
            UitkomstJson.schrijf(u);
        });
    }

    static void normeer(String json) {
        schoon(json, () -> {
            Normeringsverzoek v = TakenLezer.lees(json);
            Normering n = new Normcalculator(normenkaders, Repo.regelingen()).bereken(v);
            assertThat(n).isNotNull();
            NormeringTekst.schrijf(n);
            NormeringJson.schrijf(n);
            if ("drechtsteden".equals(v.regio())) {
                LocalDate begin = n.peildatum();
                var regel = Productkoppeling.productregel(n, "individuele-begeleiding", Financiering.ZIN, begin,
                        begin.plusYears(1).minusDays(1), Periode.MAAND);
                motor.bereken(Productkoppeling.aanvraag(n, v.regio(), null, null, regel));
            }
        });
    }

    private static void schoon(String json, Runnable werk) {
        long start = System.nanoTime();
        try {
            werk.run();
        } catch (OngeldigeAanvraagException e) {
            assertThat(e.fouten()).as("een ongeldige invoer noemt minstens één probleem").isNotEmpty();
            assertThat(e.fouten()).allSatisfy(f -> {
                assertThat(f.pad()).isNotBlank();
                assertThat(f.code()).isNotBlank();
                assertThat(f.melding()).isNotBlank();
            });
        } catch (Throwable t) {
            StringWriter spoor = new StringWriter();
            t.printStackTrace(new PrintWriter(spoor));
            throw new AssertionError("geen schone uitkomst voor deze invoer:\n" + kort(json) + "\n" + spoor, t);
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(ms).as("te traag (%d ms) voor deze invoer:%n%s", ms, kort(json)).isLessThan(MAXIMAAL_MS);
    }

    private static String kort(String json) {
        return json.length() <= 20_000 ? json : json.substring(0, 20_000) + "… (" + json.length() + " tekens)";
    }

    // Mutations of a shipped request

    static String muteer(String voorbeeld, Random r) {
        JsonNode root;
        try {
            root = JSON.readTree(voorbeeld);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int aantal = 1 + r.nextInt(4);
        // half of the mutations keep every value's type, so that more of them reach the engine
        boolean zacht = r.nextBoolean();
        for (int i = 0; i < aantal; i++) {
            root = boomMutatie(root, r, zacht);
        }
        String tekst = tekst(root, r);
        return r.nextInt(8) == 0 ? tekstMutatie(tekst, r) : tekst;
    }

    private record Plek(JsonNode ouder, String veld, int index, JsonNode knoop) {
    }

    private static JsonNode boomMutatie(JsonNode root, Random r, boolean zacht) {
        List<Plek> plekken = new ArrayList<>();
        verzamel(null, null, -1, root, plekken);
        Plek p = plekken.get(r.nextInt(plekken.size()));
        int soort = zacht ? new int[] {5, 6, 6, 7, 7, 8}[r.nextInt(6)] : r.nextInt(9);
        if (zacht && soort == 8 && !p.knoop().isTextual()) {
            return root;
        }
        switch (soort) {
            case 0, 1 -> vervang(root, p, waarde(r, 2));
            case 2 -> {
                Plek bron = plekken.get(r.nextInt(plekken.size()));
                vervang(root, p, bron.knoop().deepCopy());
            }
            case 3 -> {
                if (p.ouder() instanceof ObjectNode o) {
                    o.remove(p.veld());
                } else if (p.ouder() instanceof ArrayNode a) {
                    a.remove(p.index());
                }
            }
            case 4 -> {
                if (p.knoop() instanceof ObjectNode o) {
                    o.set(VELDEN[r.nextInt(VELDEN.length)], waarde(r, 2));
                }
            }
            case 5 -> {
                if (p.knoop() instanceof ArrayNode a && !a.isEmpty()) {
                    JsonNode e = a.get(r.nextInt(a.size()));
                    int keer = r.nextInt(10) == 0 ? 300 : 1 + r.nextInt(3);
                    for (int i = 0; i < keer; i++) {
                        a.add(e.deepCopy());
                    }
                }
            }
            case 6 -> {
                if (p.knoop().isTextual()) {
                    try {
                        LocalDate d = LocalDate.parse(p.knoop().asText());
                        long dagen = r.nextInt(3) == 0 ? r.nextInt(200_000) - 100_000 : r.nextInt(800) - 400;
                        vervang(root, p, KNOPEN.textNode(d.plusDays(dagen).toString()));
                    } catch (java.time.DateTimeException e) {
                        vervang(root, p, KNOPEN.textNode(TEKSTEN[r.nextInt(TEKSTEN.length)]));
                    }
                }
            }
            case 7 -> {
                if (p.knoop().isNumber() && p.knoop().decimalValue().precision() - p.knoop().decimalValue().scale() < 20
                        && Math.abs(p.knoop().decimalValue().scale()) < 20) {
                    BigDecimal w = p.knoop().decimalValue();
                    BigDecimal factor = new BigDecimal(GETALLEN[r.nextInt(12)]);
                    vervang(root, p, KNOPEN.numberNode(r.nextBoolean() ? w.multiply(factor) : w.add(factor)));
                } else if (p.knoop().isNumber()) {
                    vervang(root, p, getal(GETALLEN[r.nextInt(GETALLEN.length)]));
                }
            }
            default -> vervang(root, p, KNOPEN.textNode(TEKSTEN[r.nextInt(TEKSTEN.length)]));
        }
        return root;
    }

    private static void verzamel(JsonNode ouder, String veld, int index, JsonNode knoop, List<Plek> uit) {
        uit.add(new Plek(ouder, veld, index, knoop));
        if (knoop.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = knoop.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                verzamel(knoop, e.getKey(), -1, e.getValue(), uit);
            }
        } else if (knoop.isArray()) {
            for (int i = 0; i < knoop.size(); i++) {
                verzamel(knoop, null, i, knoop.get(i), uit);
            }
        }
    }

    private static void vervang(JsonNode root, Plek p, JsonNode nieuw) {
        if (p.ouder() instanceof ObjectNode o) {
            o.set(p.veld(), nieuw);
        } else if (p.ouder() instanceof ArrayNode a) {
            a.set(p.index(), nieuw);
        }
    }

    /** A random value: mostly the formats' own words, dates and edge numbers, sometimes a small tree. */
    private static JsonNode waarde(Random r, int diepte) {
        int k = r.nextInt(diepte <= 0 ? 6 : 8);
        return switch (k) {
            case 0, 1 -> KNOPEN.textNode(TEKSTEN[r.nextInt(TEKSTEN.length)]);
            case 2, 3 -> getal(GETALLEN[r.nextInt(GETALLEN.length)]);
            case 4 -> r.nextBoolean() ? KNOPEN.booleanNode(r.nextBoolean()) : KNOPEN.nullNode();
            case 5 -> KNOPEN.textNode(LocalDate.of(1850 + r.nextInt(400), 1 + r.nextInt(12), 1 + r.nextInt(28)).toString());
            case 6 -> {
                ObjectNode o = KNOPEN.objectNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    o.set(VELDEN[r.nextInt(VELDEN.length)], waarde(r, diepte - 1));
                }
                yield o;
            }
            default -> {
                ArrayNode a = KNOPEN.arrayNode();
                for (int i = r.nextInt(4); i > 0; i--) {
                    a.add(waarde(r, diepte - 1));
                }
                yield a;
            }
        };
    }

    private static JsonNode getal(String tekst) {
        try {
            BigDecimal d = new BigDecimal(tekst);
            return d.scale() <= 0 && d.precision() - d.scale() < 40 ? KNOPEN.numberNode(d.toBigIntegerExact())
                    : KNOPEN.numberNode(d);
        } catch (ArithmeticException e) {
            return KNOPEN.numberNode(new BigDecimal(tekst));
        }
    }

    /** The tree as text; huge-exponent numbers are written as written (1e999999999), not expanded. */
    private static String tekst(JsonNode root, Random r) {
        try {
            String s = r.nextBoolean() ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root)
                    : JSON.writeValueAsString(root);
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String[] STAARTEN = {"", " ", "}", "]", ",", "{}", "\u0000", "x", "\"", "1", "/*", "\uFEFF", "\uD800"};

    private static String tekstMutatie(String tekst, Random r) {
        int plek = tekst.isEmpty() ? 0 : r.nextInt(tekst.length());
        return switch (r.nextInt(5)) {
            case 0 -> tekst.substring(0, plek);
            case 1 -> tekst.substring(0, plek) + STAARTEN[r.nextInt(STAARTEN.length)] + tekst.substring(plek);
            case 2 -> tekst + STAARTEN[r.nextInt(STAARTEN.length)];
            case 3 -> tekst.substring(0, plek) + (char) r.nextInt(0x3000) + tekst.substring(Math.min(tekst.length(), plek + 1));
            default -> "\uFEFF" + tekst;
        };
    }

    // Random JSON trees, generated by jqwik (so a failure shrinks to a small one)

    @Provide
    Arbitrary<String> json() {
        return Arbitraries.oneOf(
                object(3).map(InvoerFuzzTest::alsTekst),
                knoop(3).map(InvoerFuzzTest::alsTekst),
                Arbitraries.integers().between(1, 50_000).map(n -> "{\"producten\": " + "[".repeat(n) + "]".repeat(n) + "}"),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.of(GETALLEN).map(g -> "{\"regio\": \"achterhoek\", \"peildatum\": \"2026-03-01\", \"producten\": "
                        + "[{\"product\": \"ondersteuning-individueel\", \"financiering\": \"ZIN\", \"begindatum\": \"2026-03-01\", "
                        + "\"einddatum\": \"2027-02-28\", \"periode\": \"MAAND\", \"posten\": [{\"uren\": " + g
                        + ", \"aantal\": " + g + ", \"per\": \"week\"}]}]}"));
    }

    private static String alsTekst(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Arbitrary<JsonNode> knoop(int diepte) {
        Arbitrary<JsonNode> blad = Arbitraries.oneOf(
                Arbitraries.of(TEKSTEN).map(KNOPEN::textNode),
                Arbitraries.strings().ofMaxLength(30).map(KNOPEN::textNode),
                Arbitraries.of(GETALLEN).map(InvoerFuzzTest::getal),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)).map(KNOPEN::numberNode),
                Arbitraries.bigDecimals().ofScale(6).map(d -> (JsonNode) KNOPEN.numberNode(d)),
                Arbitraries.of(KNOPEN.booleanNode(true), KNOPEN.booleanNode(false), KNOPEN.nullNode()));
        if (diepte <= 0) {
            return blad;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, blad),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> object(diepte - 1))),
                net.jqwik.api.Tuple.of(1, Arbitraries.lazy(() -> knoop(diepte - 1)).list().ofMaxSize(4)
                        .map(l -> (JsonNode) KNOPEN.arrayNode().addAll(l))));
    }

    private Arbitrary<JsonNode> object(int diepte) {
        Arbitrary<String> naam = Arbitraries.oneOf(Arbitraries.of(VELDEN), Arbitraries.strings().ofMaxLength(10));
        return Combinators.combine(naam, Arbitraries.lazy(() -> knoop(diepte))).as(Map::entry).list().ofMaxSize(6)
                .map(velden -> {
                    ObjectNode o = KNOPEN.objectNode();
                    velden.forEach(e -> o.set(e.getKey(), e.getValue()));
                    return o;
                });
    }
}
