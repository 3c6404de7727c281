package nl.indiceer.regeling;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** A small valid rulebook to start tests from, and a way to get the problems of a variation of it. */
final class Proef {

    static final String GOED = """
            regio: proef
            naam: Proefregeling
            wet: jeugdwet
            geldig_vanaf: 2025-01-01
            bron: "P:1"
            bronnen:
              - {id: "P", bestand: proef.txt}
            producten:
              - code: begeleiding
                naam: Begeleiding
                eenheid: uur
                bron: "P:2"
                tarieven:
                  - {financiering: ZIN, eenheid: uur, bedrag: 74.81, bron: "P:3"}
            """;

    private Proef() {
    }

    static List<Probleem> problemen(String yaml) {
        return problemen(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static List<Probleem> problemen(byte[] inhoud) {
        try {
            RegelingLezer.lees("proef/2025-01-01.yaml", inhoud);
        } catch (OngeldigeRegelingException e) {
            return e.problemen();
        }
        throw new AssertionError("de regeling werd niet afgewezen");
    }

    static Regeling lees(String yaml) {
        return RegelingLezer.lees("proef/2025-01-01.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
