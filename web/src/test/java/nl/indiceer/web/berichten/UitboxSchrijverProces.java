package nl.indiceer.web.berichten;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox writer as its own process, for {@link UitboxKillTest}: writes every AANGEMAAKT message of the database
 * into the folder, like the application at its start. With a step and a message id it stops at that point for that
 * message: it writes a marker file and waits there until it is killed (SIGKILL: nothing after that point runs, no
 * finally, no shutdown hook). Arguments: JDBC URL, outbox folder, marker file, and optionally step and message id.
 */
public final class UitboxSchrijverProces {

    private UitboxSchrijverProces() {
    }

    public static void main(String[] args) throws Exception {
        DriverManagerDataSource bron = new DriverManagerDataSource(args[0], "indiceer", "");
        Path map = Path.of(args[1]);
        Path merkteken = Path.of(args[2]);
        Uitbox.Stap stap = args.length > 3 ? Uitbox.Stap.valueOf(args[3]) : null;
        long id = args.length > 4 ? Long.parseLong(args[4]) : -1;
        Uitbox uitbox = new Uitbox(new UitboxOpslag(JdbcClient.create(bron)), map, (s, bericht) -> {
            if (s == stap && bericht.id() == id) {
                try {
                    Files.writeString(merkteken, s.name());
                    while (true) {
                        Thread.sleep(1_000); // the parent kills this process here
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        int geschreven = uitbox.schrijfOpenstaande();
        Files.writeString(merkteken, "KLAAR " + geschreven);
    }
}
