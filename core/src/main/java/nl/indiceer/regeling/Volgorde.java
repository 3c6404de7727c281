package nl.indiceer.regeling;

import java.util.List;

/**
 * An order in time: when one of {@code eerst} and one of {@code dan} run at the same time, the first must
 * have begun before the second (001:4302: medicijncontrole runs already, a treatment starts afterwards).
 */
public record Volgorde(List<String> eerst, List<String> dan, Bron bron, String onduidelijk) {

    public Volgorde {
        eerst = Onveranderlijk.lijst(eerst);
        dan = Onveranderlijk.lijst(dan);
    }
}
