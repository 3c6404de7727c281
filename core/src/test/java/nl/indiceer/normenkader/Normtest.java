package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.regeling.Regelingen;

/** Shared test helpers: the shipped normenkaders, and taken.json text through reader and calculator. */
final class Normtest {

    static final Path ROOT = Path.of(System.getProperty("indiceer.root", "..")).toAbsolutePath().normalize();

    private static Normenkaders meegeleverd;

    private Normtest() {
    }

    /** The normenkaders shipped in normenkaders/, loaded once. */
    static synchronized Normenkaders meegeleverd() {
        if (meegeleverd == null) {
            meegeleverd = Normenkaders.laad(ROOT.resolve("normenkaders"));
        }
        return meegeleverd;
    }

    /** Reads taken.json text and computes it with the shipped normenkaders (no rulebooks). */
    static Normering normeer(String json) {
        return new Normcalculator(meegeleverd(), null).bereken(TakenLezer.lees(json));
    }

    static Normering normeer(String json, Regelingen regelingen) {
        return new Normcalculator(meegeleverd(), regelingen).bereken(TakenLezer.lees(json));
    }

    /** The input errors of taken.json text, as "path: message" lines. */
    static List<String> fouten(String json) {
        try {
            normeer(json);
        } catch (OngeldigeAanvraagException e) {
            return e.fouten().stream().map(Invoerfout::toString).toList();
        }
        throw new AssertionError("verwacht een ongeldige invoer: " + json);
    }

    static void ongeldig(String json) {
        assertThatThrownBy(() -> normeer(json)).isInstanceOf(OngeldigeAanvraagException.class);
    }

    /** A one-region rulebook folder with the given weken_per_maand (null: none) and one begeleiding product. */
    static Regelingen regeling(Path map, String wekenPerMaand) throws IOException {
        Path regio = Files.createDirectories(map.resolve("testregio"));
        String constanten = wekenPerMaand == null ? "" : """
                constanten:
                  weken_per_maand: {waarde: %s, bron: "t:2"}
                """.formatted(wekenPerMaand);
        Files.writeString(regio.resolve("2025-01-01.yaml"), """
                regio: testregio
                naam: "Testregio"
                wet: wmo
                geldig_vanaf: 2025-01-01
                bron: "t:1"
                bronnen:
                  - id: "t"
                    bestand: test.txt
                %sproducten:
                  - code: begeleiding
                    naam: "Begeleiding individueel"
                    eenheid: minuut
                    perioden: [WEEK, MAAND]
                    bron: "t:3"
                    tarieven:
                      - {financiering: ZIN, eenheid: uur, bedrag: 66.00, bron: "t:4"}
                    limieten:
                      - {per: MAAND, maximaal: 600, eenheid: minuut, bron: "t:5"}
                """.formatted(constanten));
        return Regelingen.laad(map);
    }

    /** taken.json with one task of the KPMG normenkader and the given factors (JSON objects). */
    static String kpmg(String... factoren) {
        return """
                {"normenkader": "kpmg-hbel-2021", "peildatum": "2026-03-01",
                 "taken": [{"taak": "schoon-en-leefbaar-huis", "factoren": [%s]}]}
                """.formatted(String.join(", ", List.of(factoren).stream()
                .map(f -> "{\"factor\": \"" + f + "\"}").toList()));
    }
}
