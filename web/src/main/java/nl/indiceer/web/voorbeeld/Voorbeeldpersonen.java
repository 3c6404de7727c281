package nl.indiceer.web.voorbeeld;

import java.util.List;
import java.util.Random;
import nl.indiceer.web.client.Bsn;

/**
 * Fictitious people for the example data: BSNs that pass the elfproef (so the application accepts them) but start
 * with 9, and names that say they are examples ("Voorbeeld"), so that nobody takes a row for a real person.
 */
final class Voorbeeldpersonen {

    private static final List<String> VOORNAMEN = List.of("Anna", "Bram", "Cato", "Daan", "Eva", "Floris", "Gijs",
            "Hanna", "Ilse", "Joris", "Kim", "Lars", "Mila", "Noah", "Olga", "Pim", "Roos", "Sem", "Tess", "Vince");

    private final Random rnd;

    Voorbeeldpersonen(Random rnd) {
        this.rnd = rnd;
    }

    /** A valid BSN starting with 9 (the elfproef decides the last digit; a draw without a fitting digit is redrawn). */
    String bsn() {
        while (true) {
            StringBuilder b = new StringBuilder("9");
            int som = 9 * 9;
            for (int i = 1; i < 8; i++) {
                int d = rnd.nextInt(10);
                b.append(d);
                som += (9 - i) * d;
            }
            int laatste = som % 11;
            if (laatste <= 9) {
                b.append(laatste);
                String bsn = b.toString();
                if (Bsn.geldig(bsn)) {
                    return bsn;
                }
            }
        }
    }

    /** "Anna Voorbeeld": the surname says what they are (a 301 takes the last word as the surname). */
    String naam() {
        return VOORNAMEN.get(rnd.nextInt(VOORNAMEN.size())) + " Voorbeeld";
    }
}
