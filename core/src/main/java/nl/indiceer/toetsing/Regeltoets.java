package nl.indiceer.toetsing;

import java.util.List;

/**
 * One check of one request line against the rulebook. A new rule is a new implementation, listed in
 * {@link Regeltoetsen}, with its rulebook data and a scenario.
 */
@FunctionalInterface
public interface Regeltoets {

    /** The findings of this check for the line; empty when the rule is met or does not apply. */
    List<Bevinding> toets(Regelcontext c);
}
