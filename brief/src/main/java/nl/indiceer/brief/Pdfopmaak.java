package nl.indiceer.brief;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * XHTML to an archival, tagged PDF: PDF/A-2a (every font embedded, the sRGB output intent, the structure tree
 * that screen readers use, PDF/UA). The fonts are the DejaVu families from the {@code jasperreports-fonts} Maven
 * artifact (free licence in the jar beside them), never fonts of the machine: the letter looks the same on every
 * server. The colour profile is the sRGB profile that every Java runtime carries ({@code java.desktop}).
 *
 * <p>A letter may load nothing from outside: its stylesheet and images come from the template folder, already in
 * memory, through the {@code brief:} scheme; any other address (http, file, jar) is refused. Thread-safe: every
 * call builds its own renderer over shared, immutable bytes.
 */
final class Pdfopmaak {

    /** The flavour the letters claim and the tests validate with veraPDF. */
    static final PdfAConformance CONFORMITEIT = PdfAConformance.PDFA_2_A;

    /** The scheme of the template folder's files in a letter ({@code brief:brief.css}, {@code brief:logos/0034.png}). */
    static final String SCHEMA = "brief";

    private static final java.util.regex.Pattern MET_SCHEMA = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private static final String FONTMAP = "/net/sf/jasperreports/fonts/dejavu/";

    /** Family name in the CSS, file stem, weight, style. */
    private record Lettertype(String familie, String bestand, int gewicht, FontStyle stijl) {
    }

    private static final List<Lettertype> LETTERTYPEN = List.of(
            new Lettertype("DejaVu Sans", "DejaVuSans", 400, FontStyle.NORMAL),
            new Lettertype("DejaVu Sans", "DejaVuSans-Bold", 700, FontStyle.NORMAL),
            new Lettertype("DejaVu Sans", "DejaVuSans-Oblique", 400, FontStyle.ITALIC),
            new Lettertype("DejaVu Sans", "DejaVuSans-BoldOblique", 700, FontStyle.ITALIC),
            new Lettertype("DejaVu Serif", "DejaVuSerif", 400, FontStyle.NORMAL),
            new Lettertype("DejaVu Serif", "DejaVuSerif-Bold", 700, FontStyle.NORMAL),
            new Lettertype("DejaVu Serif", "DejaVuSerif-Italic", 400, FontStyle.ITALIC),
            new Lettertype("DejaVu Serif", "DejaVuSerif-BoldItalic", 700, FontStyle.ITALIC),
            new Lettertype("DejaVu Sans Mono", "DejaVuSansMono", 400, FontStyle.NORMAL),
            new Lettertype("DejaVu Sans Mono", "DejaVuSansMono-Bold", 700, FontStyle.NORMAL));

    /** The font files, read once: a letter subsets them, it never reads them again. */
    private static final Map<Lettertype, byte[]> BYTES;
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf tells every stylesheet and font it loads at INFO: only its warnings matter
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
        java.util.LinkedHashMap<Lettertype, byte[]> b = new java.util.LinkedHashMap<>();
        for (Lettertype l : LETTERTYPEN) {
            try (InputStream in = Pdfopmaak.class.getResourceAsStream(FONTMAP + l.bestand() + ".ttf")) {
                if (in == null) {
                    throw new IllegalStateException("lettertype " + l.bestand() + " ontbreekt (jasperreports-fonts)");
                }
                b.put(l, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        BYTES = java.util.Collections.unmodifiableMap(b);
    }

    /** The font families a stylesheet may name; any other family has no embedded font and is refused at load. */
    static final java.util.Set<String> FAMILIES = LETTERTYPEN.stream().map(Lettertype::familie)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private Pdfopmaak() {
    }

    /**
     * The PDF of an XHTML document.
     *
     * @param bestanden the template folder's files that the document may refer to ({@code brief:NAAM})
     */
    static byte[] pdf(String xhtml, Map<String, byte[]> bestanden) throws IOException {
        ByteArrayOutputStream uit = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.usePdfAConformance(CONFORMITEIT);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(SRGB);
        b.withProducer("Indiceer");
        for (Map.Entry<Lettertype, byte[]> e : BYTES.entrySet()) {
            byte[] inhoud = e.getValue();
            b.useFont(() -> new ByteArrayInputStream(inhoud), e.getKey().familie(), e.getKey().gewicht(), e.getKey().stijl(),
                    true);
        }
        b.useUriResolver((basis, uri) -> {
            String naam = uri.startsWith(SCHEMA + ":") ? uri.substring(SCHEMA.length() + 1) : uri;
            return bestanden.containsKey(naam) ? SCHEMA + ":" + naam : null;
        });
        b.useProtocolsStreamImplementation(new Bestanden(bestanden), SCHEMA);
        b.useExternalResourceAccessControl((uri, soort) -> uri != null && uri.startsWith(SCHEMA + ":")
                && bestanden.containsKey(uri.substring(SCHEMA.length() + 1)), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // before resolving: a name in the folder (no scheme) or brief:NAAM; http:, file:, jar:, data: never
        b.useExternalResourceAccessControl((uri, soort) -> uri != null && (!MET_SCHEMA.matcher(uri).lookingAt()
                || uri.startsWith(SCHEMA + ":")), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.withHtmlContent(xhtml, SCHEMA + ":brief.xhtml");
        b.toStream(uit);
        b.run();
        return uit.toByteArray();
    }

    /** Serves the template folder's files from memory, and nothing else. */
    private record Bestanden(Map<String, byte[]> bestanden) implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            byte[] inhoud = url.startsWith(SCHEMA + ":") ? bestanden.get(url.substring(SCHEMA.length() + 1)) : null;
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return inhoud == null ? null : new ByteArrayInputStream(inhoud);
                }

                @Override
                public Reader getReader() {
                    return inhoud == null ? null : new InputStreamReader(new ByteArrayInputStream(inhoud), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
