package nl.indiceer.regeling;

/**
 * How a limit is meant: a <b>richtlijn</b> (the source calls its numbers a guideline, a "handreiking",
 * an "uitgangspunt", or allows exceptions: exceeding it is a WAARSCHUWING that asks for a motivation) or a
 * <b>regel</b> (the source says "maximaal" as a rule: exceeding it is a FOUT). The reading is data, written in the
 * rulebook as {@code aard: richtlijn|regel} with the line that decides it ({@code aard_bron}, by default the
 * limit's own {@code bron}), so that a policy officer sees which is which.
 *
 * @param bron the source line that makes it a guideline or a rule; null when the rulebook does not state the
 *             reading (then it is a rule, as it always was)
 */
public record Aard(Soort soort, Bron bron) {

    /** The two readings. */
    public enum Soort {
        RICHTLIJN, REGEL;

        /** The word in the rulebook: richtlijn, regel. */
        public String woord() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Soort vanNaam(String naam) {
            for (Soort s : values()) {
                if (s.woord().equals(naam)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** A limit whose rulebook does not state its reading: a rule. */
    public static final Aard NIET_VERMELD = new Aard(Soort.REGEL, null);

    public Aard {
        if (soort == null) {
            throw new IllegalArgumentException("soort ontbreekt");
        }
    }

    /** True when exceeding the limit only asks for a motivation (WAARSCHUWING). */
    public boolean richtlijn() {
        return soort == Soort.RICHTLIJN;
    }

    /** True when the rulebook states the reading with its source. */
    public boolean vermeld() {
        return bron != null;
    }
}
