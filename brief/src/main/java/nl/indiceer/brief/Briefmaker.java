package nl.indiceer.brief;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Renders a decision letter: {@link #maak(Beschikkingsbrief)} gives the PDF/A-2a bytes. Built once over templates
 * that {@link Briefsjablonen#laad(java.nio.file.Path)} checked; thread-safe (the web renders letters concurrently).
 */
public final class Briefmaker {

    private final Briefsjablonen sjablonen;

    public Briefmaker(Briefsjablonen sjablonen) {
        this.sjablonen = Objects.requireNonNull(sjablonen, "sjablonen");
    }

    /**
     * The letter as PDF/A-2a.
     *
     * @throws OnbekendeGemeenteException when there is no letterhead for the municipality and no default letterhead
     */
    public byte[] maak(Beschikkingsbrief brief) {
        try {
            return Pdfopmaak.pdf(xhtml(brief), sjablonen.bestanden());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The filled-in template (XHTML) the PDF is made of. */
    public String xhtml(Beschikkingsbrief brief) {
        Briefhoofd hoofd = sjablonen.briefhoofd(brief.gemeentecode());
        if (hoofd == null) {
            throw new OnbekendeGemeenteException(brief.gemeentecode());
        }
        return sjablonen.motor().vulIn(Briefweergave.model(brief, hoofd, sjablonen.teksten()));
    }

    public Briefsjablonen sjablonen() {
        return sjablonen;
    }
}
