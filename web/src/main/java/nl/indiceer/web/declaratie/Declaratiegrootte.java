package nl.indiceer.web.declaratie;

import java.io.IOException;
import java.io.InputStream;
import nl.indiceer.web.fout.Probleem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How large a 323 may be ({@code indiceer.declaraties.maximum-mb}, default 64 MB): a month of a large provider is tens
 * of thousands of prestaties (about 1 kB each). The bytes are kept whole (they are stored as received); the prestaties
 * are never held as a list. A larger body is refused before it is read whole.
 */
@Component
public class Declaratiegrootte {

    private final int maximum;

    public Declaratiegrootte(@Value("${indiceer.declaraties.maximum-mb:64}") int megabytes) {
        this.maximum = megabytes * 1024 * 1024;
    }

    public int maximum() {
        return maximum;
    }

    public int megabytes() {
        return maximum / (1024 * 1024);
    }

    /** The body, at most {@link #maximum()} bytes; empty or larger is a clear problem, never a stack trace. */
    public byte[] lees(InputStream in) throws IOException {
        byte[] b = in.readNBytes(maximum + 1);
        if (b.length > maximum) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "DECLARATIE_TE_GROOT", "Declaratie te groot",
                    "een declaratie is hoogstens " + megabytes() + " MB");
        }
        if (b.length == 0) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "DECLARATIE_LEEG", "Geen declaratie", "stuur de 323 (XML) als body");
        }
        return b;
    }

    /** A leveringsspecificatie beside the 323: the same limit (it describes the same prestaties, more briefly). */
    public byte[] leesSpecificatie(InputStream in) throws IOException {
        byte[] b = in.readNBytes(maximum + 1);
        if (b.length > maximum) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "SPECIFICATIE_TE_GROOT", "Leveringsspecificatie te groot",
                    "een leveringsspecificatie is hoogstens " + megabytes() + " MB");
        }
        return b;
    }
}
