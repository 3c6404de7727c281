package nl.indiceer.volume;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The consultant's build-up of a volume, reduced to three sums in the product's base unit (minutes for
 * time products, otherwise etmalen or stuks): recurring per week, recurring per month, and a total within
 * the validity (phases and one-off posts). These sums are exact decimals (posten are decimals, converted by
 * multiplying); from them the exact volume for any period follows as a {@link Breuk}. The posten are kept,
 * in order, for the rekensom ({@code nl.indiceer.rekensom.Rekensom}).
 */
public final class Volumeopbouw {

    private final Eenheid basis;
    private final Eenheid weergave;
    private final BigDecimal minutenPerDagdeel;
    private BigDecimal perWeek = BigDecimal.ZERO;
    private BigDecimal perMaand = BigDecimal.ZERO;
    private BigDecimal totaal = BigDecimal.ZERO;
    private boolean heeftWeekposten;
    private final List<Post> posten = new ArrayList<>(4);

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

    /** A post in the base unit, per its own period: duur in the base unit × aantal (a phase: per week or month). */
    public BigDecimal inBasis(Post post) {
        return inBasis(post.duur(), post.eenheid()).multiply(post.aantal());
    }

    public void voegToe(Post post) {
        BigDecimal een = inBasis(post);
        if (post.isFase()) {
            totaal = totaal.add(een.multiply(post.fase()));
        } else if (post.per() == Periode.WEEK) {
            perWeek = perWeek.add(een);
            heeftWeekposten = true;
        } else if (post.per() == Periode.MAAND) {
            perMaand = perMaand.add(een);
        } else {
            totaal = totaal.add(een);
        }
        posten.add(post);
    }

    /** An agreed volume (vast volume) in place of posten. */
    public void voegVastToe(BigDecimal volume, Eenheid eenheid, Periode per, String omschrijving) {
        voegToe(new Post(omschrijving, volume, eenheid, BigDecimal.ONE, per, null));
    }

    public boolean isLeeg() {
        return posten.isEmpty();
    }

    /** The posten in the order they were added. */
    public List<Post> posten() {
        return Collections.unmodifiableList(posten);
    }

    /** The unit the sums are in: minutes for time products, else etmalen or stuks. */
    public Eenheid basis() {
        return basis;
    }

    /** The product's own unit, in which sums are shown (dagdelen). */
    public Eenheid producteenheid() {
        return weergave;
    }

    public BigDecimal minutenPerDagdeel() {
        return minutenPerDagdeel;
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
        return heeftWeekposten;
    }

    /**
     * The exact volume (base unit) for the chosen period, before rounding: a month is {@code wekenPerMaand}
     * weeks; totals are spread over the weeks or months of the validity.
     */
    public Breuk voor(Periode periode, Breuk wekenPerMaand, Geldigheidsduur duur) {
        Breuk week = Breuk.van(perWeek);
        Breuk maand = Breuk.van(perMaand);
        Breuk geheel = Breuk.van(totaal);
        return switch (periode) {
            case WEEK -> week.plus(maand.gedeeldDoor(wekenPerMaand)).plus(geheel.gedeeldDoor(duur.exacteWeken()));
            case MAAND -> week.maal(wekenPerMaand).plus(maand).plus(geheel.gedeeldDoor(duur.exacteMaanden()));
            case TOTAAL -> week.maal(duur.exacteWeken()).plus(maand.maal(duur.exacteMaanden())).plus(geheel);
        };
    }

    /** As {@link #voor(Periode, Breuk, Geldigheidsduur)} with weeks per month as an exact decimal. */
    public Breuk voor(Periode periode, BigDecimal wekenPerMaand, Geldigheidsduur duur) {
        return voor(periode, Breuk.van(wekenPerMaand), duur);
    }

    public static String hoeveelheid(BigDecimal waarde, Eenheid eenheid) {
        boolean meer = waarde.compareTo(BigDecimal.ONE) != 0;
        return Getal.nl(waarde) + " " + eenheid.woord(meer);
    }

    /** As {@link #hoeveelheid(BigDecimal, Eenheid)}, for an exact value (shown to at most 4 decimals). */
    public static String hoeveelheid(Breuk waarde, Eenheid eenheid) {
        boolean meer = waarde.compareTo(Breuk.EEN) != 0;
        return Getal.nl(waarde) + " " + eenheid.woord(meer);
    }
}
