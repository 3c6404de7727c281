package nl.indiceer.web.berichten;

import nl.indiceer.berichten.Wet;
import nl.indiceer.berichten.toewijzing.Nummering;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Numbers from the database (table {@code berichtnummer}, V10): a ToewijzingNummer per municipality and law, a
 * BerichtIdentificatie per municipality. Must run inside the decision's transaction: the updated row stays locked
 * until it commits, so two decisions never get the same number, and a decision rolled back gives its numbers back.
 * Public for the 325s of the declaratie package, which number their BerichtIdentificatie the same way.
 */
public final class Berichtnummering implements Nummering {

    private final JdbcClient jdbc;

    public Berichtnummering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long toewijzingnummer(String gemeente, Wet wet) {
        return volgende(gemeente, wet.voorvoegsel());
    }

    @Override
    public String berichtidentificatie(String gemeente) {
        return Long.toString(volgende(gemeente, "BERICHT"));
    }

    private long volgende(String gemeente, String soort) {
        int bijgewerkt = jdbc.sql("update berichtnummer set laatste = laatste + 1 where gemeentecode = ? and soort = ?")
                .params(gemeente, soort).update();
        if (bijgewerkt == 0) {
            // the first number; a colleague inserting it at the same time makes the primary key refuse one of the two,
            // and the decision is tried again (BeschikkingDienst retries on a duplicate key)
            jdbc.sql("insert into berichtnummer (gemeentecode, soort, laatste) values (?, ?, 1)").params(gemeente, soort).update();
        }
        return jdbc.sql("select laatste from berichtnummer where gemeentecode = ? and soort = ?")
                .params(gemeente, soort).query(Long.class).single();
    }
}
