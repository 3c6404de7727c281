package nl.indiceer.berichten.declaratie;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The debit references of the message being read, for TR316 (a credit may not take back a debit of the same message).
 * Only a credit asks, and most messages have none or few: the references are listed as they come, and a set to look
 * them up is built at the first credit. A set filled for every prestatie was a visible cost in the profile (issue 11).
 */
final class DebetsInBericht {

    private final List<String> lijst = new ArrayList<>();
    private Set<String> opzoek;

    void voegToe(String referentie) {
        if (opzoek != null) {
            opzoek.add(referentie);
        } else {
            lijst.add(referentie);
        }
    }

    boolean bevat(String referentie) {
        if (opzoek == null) {
            opzoek = new HashSet<>(lijst);
            lijst.clear();
        }
        return opzoek.contains(referentie);
    }
}
