package nl.indiceer.regeling;

/**
 * The region's rules about changes over time that apply to every product.
 *
 * @param verlengdeJeugdhulp optional: the exception to the Jeugdwet's 18 years for a Jeugdwet product without an age
 *                           limit of its own (001:694-710), with the conditions as facts
 * @param garantiefase       optional: a recently ended allocation at the same provider and segment is reopened
 * @param lifeEvent          optional: a traject ended early by a life event is paid pro rata (001:2556-2576)
 */
public record Tijdsverloop(Leeftijdsuitzondering verlengdeJeugdhulp, Garantiefase garantiefase, LifeEvent lifeEvent) {

    public static final Tijdsverloop GEEN = new Tijdsverloop(null, null, null);

    /** Without the life-event rule. */
    public Tijdsverloop(Leeftijdsuitzondering verlengdeJeugdhulp, Garantiefase garantiefase) {
        this(verlengdeJeugdhulp, garantiefase, null);
    }
}
