package nl.indiceer.berichten.toewijzing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import nl.indiceer.berichten.Wet;

/**
 * Numbers counted up in memory from a start value: for trying messages out (the command line), not for a municipality's
 * real traffic, where the numbers must stay unique over time.
 */
public final class OplopendeNummering implements Nummering {

    private long volgende;
    private final String voorvoegsel;
    private int bericht;

    /** @param moment the first 10 characters of every BerichtIdentificatie (yyMMddHHmm), followed by a counter */
    public OplopendeNummering(long eerste, LocalDateTime moment) {
        this.volgende = eerste;
        this.voorvoegsel = moment.format(DateTimeFormatter.ofPattern("yyMMddHHmm"));
    }

    @Override
    public long toewijzingnummer(String gemeente, Wet wet) {
        return volgende++;
    }

    @Override
    public String berichtidentificatie(String gemeente) {
        return voorvoegsel + String.format("%02d", ++bericht % 100);
    }
}
