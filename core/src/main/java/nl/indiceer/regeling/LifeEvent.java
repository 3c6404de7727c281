package nl.indiceer.regeling;

import java.util.Locale;

/**
 * A traject ended early by a life event is paid pro rata (Noord-Limburg, 001:2556-2576): for the months in which help
 * was delivered the month amount, not the full traject price. The source does not say what the month amount is nor
 * how part of a month counts, so the rulebook states its reading of both and marks it {@code onduidelijk}.
 *
 * @param feit        the declared true/false fact that says the early end is a life event (the request's feiten)
 * @param maandbedrag what the traject price is divided by
 * @param deelmaand   how a month in which help was delivered only in part counts
 */
public record LifeEvent(String feit, Maandbedrag maandbedrag, Deelmaand deelmaand, Bron bron, String onduidelijk) {

    /** The months the traject price is divided by to give the month amount. */
    public enum Maandbedrag {
        /** The months of the allocation that ends early (its begindatum to its original einddatum). */
        LOOPTIJD_TOEWIJZING("de maanden van de toewijzing"),
        /** The product's gemiddelde_looptijd_maanden, on which the regional price rests (001:1941-1990). */
        GEMIDDELDE_LOOPTIJD("de gemiddelde looptijd van het product");

        private final String omschrijving;

        Maandbedrag(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }

        public static Maandbedrag vanNaam(String naam) {
            for (Maandbedrag m : values()) {
                if (m.name().toLowerCase(Locale.ROOT).equals(naam)) {
                    return m;
                }
            }
            return null;
        }
    }

    /** How a month of which help was delivered only in part counts. */
    public enum Deelmaand {
        /** A month begun counts whole: help was delivered in it. */
        TELT_HEEL("een begonnen maand telt als hele maand"),
        /** The part counts by its days, as the validity is counted. */
        NAAR_DAGEN("een deel van een maand telt naar de dagen");

        private final String omschrijving;

        Deelmaand(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }

        public static Deelmaand vanNaam(String naam) {
            for (Deelmaand d : values()) {
                if (d.name().toLowerCase(Locale.ROOT).equals(naam)) {
                    return d;
                }
            }
            return null;
        }
    }
}
