package nl.indiceer.rekensom;

import java.math.BigDecimal;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * One step of a rekensom: a post of the consultant's build-up, brought to the line's period. Numbers are
 * kept as numbers (exact where computed) so that any renderer (the Dutch sentence, a web page, a decision
 * letter) can show them in its own way; {@link RekensomTekst} writes the sentence.
 *
 * <p>"2 × 1,5 uur per week (huisbezoek) × 4,5 weken" is soort POST, aantal 2, hoeveelheid 1,5, eenheid UUR,
 * per WEEK, omschrijving "huisbezoek", factor × 9/2 weken (bron 000:216-218), subtotaal 180 (minutes per
 * week), uitkomst 810 (minutes per month).
 *
 * @param soort        what the step is
 * @param post         the post as written (quantity, unit, period, phase); null for BESCHRIJVING
 * @param omschrijving the post's label as the consultant wrote it ("" when none); BESCHRIJVING: the product name
 * @param factor       how the post is brought to the line's period; null when it already is in it
 * @param subtotaal    the post in the base unit (minutes, etmalen, stuks) per its own period, a phase over its
 *                     whole length; null for BESCHRIJVING
 * @param uitkomst     the post's share of the line's exact volume: {@code subtotaal} with the factor applied,
 *                     in the base unit; null for BESCHRIJVING
 * @param bron         where the factor comes from (the rulebook's weken_per_maand, weken_per_jaar); null when
 *                     there is no factor or it is a calendar fact
 * @param hulp         the row of the rulebook's helper table the post's duration comes from, with its reason and
 *                     source; null when the consultant wrote the duration
 */
public record Rekenstap(Soort soort, Postmaat post, String omschrijving, Rekenfactor factor, Breuk subtotaal,
                        Breuk uitkomst, Bron bron, nl.indiceer.aanvraag.Hulpkeuze hulp) {

    /** A step whose duration the consultant wrote. */
    public Rekenstap(Soort soort, Postmaat post, String omschrijving, Rekenfactor factor, Breuk subtotaal,
                     Breuk uitkomst, Bron bron) {
        this(soort, post, omschrijving, factor, subtotaal, uitkomst, bron, null);
    }

    public enum Soort {
        /** A quantity per week, per month, or once in the validity ("in totaal"). */
        POST,
        /** A quantity per week or per month during a phase of a given length: counted once, as a total. */
        FASE,
        /** No volume: a traject or plek is allocated as an amount, or the line has no posten. */
        BESCHRIJVING
    }

    /** The single step of a line without a volume. */
    public static Rekenstap beschrijving(String omschrijving) {
        return new Rekenstap(Soort.BESCHRIJVING, null, omschrijving, null, null, null, null);
    }

    public BigDecimal aantal() {
        return post == null ? null : post.aantal();
    }

    public BigDecimal hoeveelheid() {
        return post == null ? null : post.hoeveelheid();
    }

    public Eenheid eenheid() {
        return post == null ? null : post.eenheid();
    }

    public Periode per() {
        return post == null ? null : post.per();
    }

    public BigDecimal fase() {
        return post == null ? null : post.fase();
    }
}
