package nl.indiceer.berichten;

import java.util.Objects;

/**
 * The 319: the municipality answers a 315 or 317.
 *
 * @param verzoekAntwoord          WJ760: 1 verzoek afgewezen, 2 aanvraag in onderzoek
 * @param redenAfwijzingVerzoek    WJ759; null when none
 * @param woonplaatsbeginselGemeente JW319 only: the municipality responsible under the woonplaatsbeginsel; null otherwise
 */
public record Antwoordbericht(Header header, String referentieAanbieder, String verzoekAntwoord,
                              String redenAfwijzingVerzoek, String woonplaatsbeginselGemeente) implements Bericht {

    public Antwoordbericht {
        Objects.requireNonNull(header, "header");
    }
}
