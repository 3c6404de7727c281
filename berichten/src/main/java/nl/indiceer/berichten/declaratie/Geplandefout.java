package nl.indiceer.berichten.declaratie;

import nl.indiceer.declaratie.Declaratiecode;

/**
 * An error the generator planted on purpose, and the finding the check must give for it.
 *
 * @param referentie the prestatie's ReferentieNummer (unique in a generated set)
 * @param bestand    the 323 it is in (file name)
 */
public record Geplandefout(String referentie, long toewijzingNummer, String bestand, Soort soort) {

    /** The kinds of error and the finding each must give (other findings on the same line may come with it). */
    public enum Soort {
        BOVEN_TR321(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG),
        BOVEN_TR322(Declaratiecode.VOLUME_TOEWIJZING_TE_HOOG),
        BEDRAG_TR346(Declaratiecode.BEDRAG_ONJUIST),
        NA_EINDE_TOEWIJZING(Declaratiecode.EIND_NA_TOEWIJZING),
        OVER_MAANDGRENS(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND),
        ONBEKENDE_TOEWIJZING(Declaratiecode.TOEWIJZING_ONBEKEND),
        CREDIT_ZONDER_DEBET(Declaratiecode.CREDIT_ZONDER_DEBET),
        /** Another ProductCode of the same category than the allocation's (TR340). */
        PRODUCTCODE_ANDERS(Declaratiecode.PRODUCTCODE_ANDERS),
        /** A prestatie on someone else's allocation, in the 323 of another provider (TR338: not this provider's). */
        AANBIEDER_ANDERS(Declaratiecode.AANBIEDER_ANDERS),
        // a region's own rules, planted through the leveringsspecificatie beside the 323
        /** One no-show more than the region's maximum per calendar year, in one prestatie (Flevoland: the 4th). */
        REGIO_NO_SHOW_MAXIMUM(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING, Declaratiecode.NO_SHOW_MAXIMUM_BEREIKT),
        /** A no-show on a product where the region allows none (Flevoland: a group product). */
        REGIO_NO_SHOW_NIET_DECLARABEL(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING, Declaratiecode.NO_SHOW_NIET_DECLARABEL),
        /** The whole group session declared for one client of four. */
        REGIO_GROEPSTIJD(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING, Declaratiecode.GROEPSTIJD_BEREKEND),
        /** A planned absence declared where the region does not allow it. */
        REGIO_GEPLANDE_AFWEZIGHEID(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING,
                Declaratiecode.GEPLANDE_AFWEZIGHEID_NIET_DECLARABEL);

        private final Declaratiecode code;
        private final Declaratiecode reden;

        Soort(Declaratiecode code) {
            this(code, null);
        }

        Soort(Declaratiecode code, Declaratiecode reden) {
            this.code = code;
            this.reden = reden;
        }

        public Declaratiecode code() {
            return code;
        }

        /** For a region's rule: the finding that says why less was allowed (it comes with {@link #code()}); else null. */
        public Declaratiecode reden() {
            return reden;
        }
    }

    /** One line of {@code geplande-fouten.csv}; a region's rule has no WJ001 code: the 325 carries 0001. */
    public String csv() {
        return referentie + ";" + toewijzingNummer + ";" + bestand + ";" + soort + ";" + soort.code().regel() + ";"
                + (soort.code().retourcode() == null ? "0001" : soort.code().retourcode());
    }

    public static final String CSV_KOP = "referentie;toewijzing;bestand;fout;regel;retourcode";
}
