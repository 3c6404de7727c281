package nl.indiceer.beschikking;

import java.util.Objects;
import nl.indiceer.aanvraag.VeiligeTekst;

/**
 * The consultant's decision on one request line: granted, or refused with a reason. A state as a type: a refusal
 * without a reason cannot exist.
 */
public sealed interface Regelbesluit {

    /**
     * Granted.
     *
     * @param hardheidsclausule null, or why the line is granted despite a FOUT finding (the hardheidsclausule)
     */
    record Toekenning(String hardheidsclausule) implements Regelbesluit {

        public Toekenning {
            if (hardheidsclausule != null && !VeiligeTekst.heeftInhoud(hardheidsclausule)) {
                throw new IllegalArgumentException("hardheidsclausule zonder motivering");
            }
        }

        public static Toekenning gewoon() {
            return new Toekenning(null);
        }

        public boolean beroeptOpHardheidsclausule() {
            return hardheidsclausule != null;
        }
    }

    /** Refused; the reason is written in the letter. */
    record Afwijzing(String reden) implements Regelbesluit {

        public Afwijzing {
            Objects.requireNonNull(reden, "reden");
            if (!VeiligeTekst.heeftInhoud(reden)) {
                throw new IllegalArgumentException("afwijzing zonder reden");
            }
        }
    }
}
