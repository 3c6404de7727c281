package nl.indiceer.web.berichten;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import nl.indiceer.web.beschikking.BeschikkingGenomen;

/**
 * Writes the recorded messages (AANGEMAAKT) into the recipient's folder, {@code <uitbox>/<AGB-code>/}, and only then
 * marks them VERZONDEN. Exactly once, also across a crash at any point:
 * <ol>
 * <li>the message is recorded with its decision, in one transaction, before any file exists: nothing is lost;</li>
 * <li>its bytes go to a temporary file outside the recipient's folder ({@code <uitbox>/.tijdelijk/}), forced to disk,
 *     then are renamed atomically into the recipient's folder: a reader of that folder never sees half a message;</li>
 * <li>the file's name is derived from the message's identity ({@link UitgaandBericht#bestandsnaam()}), never from a
 *     clock or a counter: writing again after a crash lands on the same name with the same bytes, so there is never a
 *     second file; a file already there with those bytes is left as it is;</li>
 * <li>the status changes only from AANGEMAAKT ({@code update ... where status = 'AANGEMAAKT'}).</li>
 * </ol>
 * Runs after every decision's commit and when the application starts (the restart after a crash). A consumer that
 * removes files from the folder (the exchange with the GGk, outside Indiceer) can still receive a message twice when
 * Indiceer crashed after the rename and before recording it; it then has the same BerichtIdentificatie, by which the
 * standard's receiver recognises a duplicate.
 */
@Component
public class Uitbox {

    /** The points between the steps, where a test interrupts the writer as a crash would. */
    enum Stap { TIJDELIJK_GESCHREVEN, BESTAND_GEPLAATST }

    /** Called after each step; the application's does nothing. */
    interface Onderbreking {
        void na(Stap stap, UitgaandBericht bericht);
    }

    private static final Logger LOG = LoggerFactory.getLogger(Uitbox.class);
    private static final int PER_KEER = 500;

    private final UitboxOpslag opslag;
    private final Path map;
    private final Onderbreking onderbreking;

    @Autowired
    public Uitbox(UitboxOpslag opslag, Berichtinstellingen instellingen) {
        this(opslag, instellingen.uitbox(), (stap, bericht) -> { });
    }

    Uitbox(UitboxOpslag opslag, Path map, Onderbreking onderbreking) {
        this.opslag = opslag;
        this.map = map;
        this.onderbreking = onderbreking;
    }

    @TransactionalEventListener
    public void naBeschikking(BeschikkingGenomen genomen) {
        schrijfVeilig();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void bijStart() {
        schrijfVeilig();
    }

    private void schrijfVeilig() {
        try {
            schrijfOpenstaande();
        } catch (RuntimeException e) {
            // the decision stands and its messages stay AANGEMAAKT; the next run writes them
            LOG.warn("uitbox: berichten nog niet geschreven ({}); ze blijven AANGEMAAKT", e.getClass().getSimpleName());
        }
    }

    /** Writes every message still AANGEMAAKT; returns how many it marked VERZONDEN. */
    public synchronized int schrijfOpenstaande() {
        int geschreven = 0;
        for (UitgaandBericht b : opslag.aangemaakt(PER_KEER)) {
            if (schrijf(b)) {
                geschreven++;
            }
        }
        return geschreven;
    }

    private boolean schrijf(UitgaandBericht b) {
        if (!b.ontvanger().matches("[0-9]{8}")) {
            throw new IllegalStateException("ontvanger van bericht " + b.id() + " is geen AGB-code");
        }
        Path ontvanger = map.resolve(b.ontvanger());
        Path doel = ontvanger.resolve(b.bestandsnaam());
        try {
            Files.createDirectories(ontvanger);
            if (!Files.isRegularFile(doel) || !Arrays.equals(Files.readAllBytes(doel), b.inhoud())) {
                Path tijdelijk = map.resolve(".tijdelijk");
                Files.createDirectories(tijdelijk);
                Path tmp = tijdelijk.resolve(b.ontvanger() + "-" + b.bestandsnaam());
                try (FileChannel kanaal = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    ByteBuffer buffer = ByteBuffer.wrap(b.inhoud());
                    while (buffer.hasRemaining()) {
                        kanaal.write(buffer);
                    }
                    kanaal.force(true);
                }
                onderbreking.na(Stap.TIJDELIJK_GESCHREVEN, b);
                try {
                    Files.move(tmp, doel, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IllegalStateException("de map .tijdelijk staat niet op hetzelfde bestandssysteem als de uitbox", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        onderbreking.na(Stap.BESTAND_GEPLAATST, b);
        return opslag.markeerVerzonden(b.id(), b.ontvanger() + "/" + b.bestandsnaam(), OffsetDateTime.now(ZoneOffset.UTC));
    }
}
