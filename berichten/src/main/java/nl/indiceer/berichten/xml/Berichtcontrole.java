package nl.indiceer.berichten.xml;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.Bericht;

/**
 * Everything an incoming message is checked on, in order: readable and of the right shape (always), its official XSD
 * (when a schema folder is configured), the rules of the standard ({@link Berichtregels}). A message is accepted only
 * when all pass.
 */
public final class Berichtcontrole {

    private final Schemacontrole schema;

    /** @param schema null: no schema check (the reader's own structure check still runs) */
    public Berichtcontrole(Schemacontrole schema) {
        this.schema = schema;
    }

    /**
     * The verdict.
     *
     * @param bericht          the message as read; null when it could not be read
     * @param meldingen        every reason for rejecting it, each with its line; empty when it is accepted
     * @param schemaGebruikt   the XSD it was checked against, null when there was none
     */
    public record Uitslag(Bericht bericht, List<OngeldigBerichtException.Melding> meldingen, String schemaGebruikt) {

        public Uitslag {
            meldingen = List.copyOf(meldingen);
        }

        public boolean geldig() {
            return bericht != null && meldingen.isEmpty();
        }
    }

    public Uitslag controleer(byte[] inhoud) {
        Berichtlezer.Gelezen gelezen;
        try {
            gelezen = Berichtlezer.leesMetRegels(inhoud);
        } catch (OngeldigBerichtException e) {
            return new Uitslag(null, e.meldingen(), null);
        }
        List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>();
        String xsd = null;
        if (schema != null) {
            try {
                meldingen.addAll(schema.controleer(gelezen.bericht().soort(), inhoud));
                xsd = schema.xsd(gelezen.bericht().soort()).toString();
            } catch (OngeldigBerichtException e) {
                meldingen.addAll(e.meldingen());
            }
        }
        meldingen.addAll(Berichtregels.controleer(gelezen));
        return new Uitslag(gelezen.bericht(), meldingen, xsd);
    }
}
