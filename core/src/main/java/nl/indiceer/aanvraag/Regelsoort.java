package nl.indiceer.aanvraag;

/**
 * What kind of line this is: new help, or a follow-up on one running allocation. The follow-ups exclude
 * each other (a line extends, takes over from, or resumes after one allocation), so a line has exactly one kind.
 */
public sealed interface Regelsoort permits Regelsoort.Nieuw, Regelsoort.Vervolg {

    /** A line that refers to no running allocation. */
    Nieuw NIEUW = new Nieuw();

    /** New help, not tied to a running allocation. */
    record Nieuw() implements Regelsoort {
    }

    /** A line that follows up on a running allocation (verlenging, overgang, terugval or a change of it). */
    sealed interface Vervolg extends Regelsoort permits Verlengt, OvergangVan, TerugvalNa, Wijzigt {

        /** The id of the running allocation ({@link LopendeToewijzing#id()}) this line follows up on. */
        String toewijzing();
    }

    /** {@code verlengt}: moves the end date of running allocation {@code toewijzing}, keeping its volume. */
    record Verlengt(String toewijzing) implements Vervolg {
    }

    /** {@code overgang_van}: takes over part of the volume of running allocation {@code toewijzing}. */
    record OvergangVan(String toewijzing) implements Vervolg {
    }

    /** {@code terugval_na}: help resumed after allocation {@code toewijzing} ended (relapse rule). */
    record TerugvalNa(String toewijzing) implements Vervolg {
    }

    /**
     * {@code wijzigt}: this line is the new content of running allocation {@code toewijzing} (a change of a decision:
     * more or less volume, an earlier end, a withdrawal). It replaces the allocation, so the two are never a stacking
     * of the same help.
     */
    record Wijzigt(String toewijzing) implements Vervolg {
    }
}
