package nl.indiceer.volume;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The consultant's build-up of a volume, reduced to three sums in the product's base unit (minutes for
 * time products, otherwise etmalen or stuks): recurring per week, recurring per month, and a total within
 * the validity (phases and one-off posts). From these the volume for any period follows, and the
 * rekensom shows the build-up as the handreiking writes it.
 */
public final class Volumeopbouw {

    private final Eenheid basis;
    private final Eenheid weergave;
    private final BigDecimal minutenPerDagdeel;
    private BigDecimal perWeek = BigDecimal.ZERO;
    private BigDecimal perMaand = BigDecimal.ZERO;
    private BigDecimal totaal = BigDecimal.ZERO;
    private final List<String> stappenWeek = new ArrayList<>();
    private final List<String> stappenMaand = new ArrayList<>();
    private final List<String> stappenTotaal = new ArrayList<>();

    /** @param producteenheid the unit the product is indicated in; sums in the rekensom are shown in it */
    public Volumeopbouw(Eenheid producteenheid, BigDecimal minutenPerDagdeel) {
        this.basis = basisVan(producteenheid);
        this.weergave = producteenheid;
        this.minutenPerDagdeel = minutenPerDagdeel;
    }

    /** The base unit posts of a product are converted to: minutes for time units, else the unit itself. */
    public static Eenheid basisVan(Eenheid producteenheid) {
        return producteenheid.isTijd() ? Eenheid.MINUUT : producteenheid;
    }

    /** True when a post in this unit can be added to a volume in the base unit. */
    public boolean past(Eenheid posteenheid) {
        return past(basis, posteenheid);
    }

    /** True when a post in {@code posteenheid} can be added to a volume in {@code basis}. */
    public static boolean past(Eenheid basis, Eenheid posteenheid) {
        return basis == Eenheid.MINUUT ? posteenheid.isTijd() : posteenheid == basis;
    }

    private BigDecimal inBasis(BigDecimal waarde, Eenheid eenheid) {
        return basis == Eenheid.MINUUT ? Toewijzingsvolume.naarMinuten(waarde, eenheid, minutenPerDagdeel) : waarde;
    }

    public void voegToe(Post post) {
        BigDecimal een = inBasis(post.duur(), post.eenheid()).multiply(post.aantal());
        String keer = post.aantal().compareTo(BigDecimal.ONE) == 0 ? "" : Getal.nl(post.aantal()) + " × ";
        String hoeveel = keer + hoeveelheid(post.duur(), post.eenheid());
        String wat = post.omschrijving().isBlank() ? "" : " (" + post.omschrijving() + ")";
        if (post.isFase()) {
            String eenheidFase = post.per() == Periode.WEEK ? (post.fase().compareTo(BigDecimal.ONE) == 0 ? "week" : "weken")
                    : (post.fase().compareTo(BigDecimal.ONE) == 0 ? "maand" : "maanden");
            totaal = totaal.add(een.multiply(post.fase()));
            stappenTotaal.add(Getal.nl(post.fase()) + " " + eenheidFase + " × " + hoeveel + wat
                    + " = " + weergave(een.multiply(post.fase())));
        } else if (post.per() == Periode.WEEK) {
            perWeek = perWeek.add(een);
            stappenWeek.add(hoeveel + " per week" + wat);
        } else if (post.per() == Periode.MAAND) {
            perMaand = perMaand.add(een);
            stappenMaand.add(hoeveel + " per maand" + wat);
        } else {
            totaal = totaal.add(een);
            stappenTotaal.add(hoeveel + " in totaal" + wat);
        }
    }

    /** An agreed volume (vast volume) in place of posten. */
    public void voegVastToe(BigDecimal volume, Eenheid eenheid, Periode per, String omschrijving) {
        voegToe(new Post(omschrijving, volume, eenheid, BigDecimal.ONE, per, null));
    }

    public boolean isLeeg() {
        return stappenWeek.isEmpty() && stappenMaand.isEmpty() && stappenTotaal.isEmpty();
    }

    public BigDecimal perWeek() {
        return perWeek;
    }

    public BigDecimal perMaand() {
        return perMaand;
    }

    public BigDecimal totaal() {
        return totaal;
    }

    public boolean heeftWeekposten() {
        return !stappenWeek.isEmpty();
    }

    /** The exact volume (base unit) for the chosen period, before rounding. */
    public BigDecimal voor(Periode periode, BigDecimal wekenPerMaand, Geldigheidsduur duur) {
        var mc = Geldigheidsduur.MC;
        return switch (periode) {
            case WEEK -> perWeek.add(perMaand.divide(wekenPerMaand, mc)).add(totaal.divide(duur.weken(), mc));
            case MAAND -> perWeek.multiply(wekenPerMaand).add(perMaand).add(totaal.divide(duur.maanden(), mc));
            case TOTAAL -> perWeek.multiply(duur.weken()).add(perMaand.multiply(duur.maanden())).add(totaal);
        };
    }

    /** The build-up as a Dutch sentence, ending in the exact volume for the period (before rounding). */
    public String rekensom(Periode periode, BigDecimal wekenPerMaand, Geldigheidsduur duur) {
        List<String> delen = new ArrayList<>();
        String wpm = Getal.nl(wekenPerMaand);
        for (String s : stappenWeek) {
            delen.add(switch (periode) {
                case WEEK -> s;
                case MAAND -> s + " × " + wpm + " weken";
                case TOTAAL -> s + " × " + Getal.nl(duur.weken()) + " weken";
            });
        }
        for (String s : stappenMaand) {
            delen.add(switch (periode) {
                case WEEK -> s + " ÷ " + wpm + " weken";
                case MAAND -> s;
                case TOTAAL -> s + " × " + Getal.nl(duur.maanden()) + " maanden";
            });
        }
        for (String s : stappenTotaal) {
            delen.add(switch (periode) {
                case WEEK -> s + ", ÷ " + Getal.nl(duur.weken()) + " weken";
                case MAAND -> s + ", ÷ " + Getal.nl(duur.maanden()) + " maanden";
                case TOTAAL -> s;
            });
        }
        BigDecimal uitkomst = voor(periode, wekenPerMaand, duur);
        return String.join(" + ", delen) + " = " + hoeveelheidMetUren(uitkomst) + " " + periode.omschrijving();
    }

    /** A sum in the product's own unit: dagdelen for a dagdeel product, otherwise as the base unit. */
    private String weergave(BigDecimal basiswaarde) {
        if (weergave == Eenheid.DAGDEEL) {
            return hoeveelheid(basiswaarde.divide(minutenPerDagdeel, Geldigheidsduur.MC), Eenheid.DAGDEEL);
        }
        return hoeveelheid(basiswaarde, basis);
    }

    private String hoeveelheidMetUren(BigDecimal basiswaarde) {
        if (weergave == Eenheid.DAGDEEL) {
            return weergave(basiswaarde) + " (" + Getal.nl(basiswaarde) + " minuten)";
        }
        if (basis == Eenheid.MINUUT) {
            BigDecimal uren = basiswaarde.divide(BigDecimal.valueOf(60), Geldigheidsduur.MC);
            return Getal.nl(uren) + " uur = " + Getal.nl(basiswaarde) + " minuten";
        }
        return hoeveelheid(basiswaarde, basis);
    }

    public static String hoeveelheid(BigDecimal waarde, Eenheid eenheid) {
        boolean meer = waarde.compareTo(BigDecimal.ONE) != 0;
        return Getal.nl(waarde) + " " + eenheid.woord(meer);
    }
}
