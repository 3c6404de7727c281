package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * Each of {@code producten} may only be granted when a declared fact about the client holds: a true/false fact
 * must be true (an ontwikkelingsgericht behandelplan, 004:2298-2302), a number must be more than
 * {@code groterDan} (IQ above 141, 004:731). The requirement may apply only from an age ({@code vanafLeeftijd},
 * "bij 16+", 004:2266, from the client's date of birth) or only when another true/false fact is true
 * ({@code als}).
 *
 * @param groterDan     for a {@link Feitsoort#GETAL} fact: the value must be more than this; null for a true/false fact
 * @param vanafLeeftijd the requirement applies when the client reaches this age before the end of the line; or null
 * @param als           a declared true/false fact; the requirement applies only when it is true; or null
 */
public record Feitvereiste(List<String> producten, String feit, BigDecimal groterDan, Integer vanafLeeftijd,
                           String als, Bron bron, String onduidelijk) {

    public Feitvereiste {
        producten = Onveranderlijk.lijst(producten);
    }
}
