package nl.indiceer.brief;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import nl.indiceer.regeling.Probleem;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The letter templates of a folder (shipped default: {@code brieven/} at the repository root), which a municipality
 * changes without rebuilding:
 * <ul>
 *   <li>{@code brief.xhtml}: the letter (Thymeleaf, XML mode), {@code brief.css}: its layout;</li>
 *   <li>{@code teksten.yaml}: per law the article a decision rests on, per kind of decision subject and opening;</li>
 *   <li>{@code briefhoofden/<gemeentecode>.yaml}: per municipality its letterhead, signatory and where a bezwaar goes,
 *       {@code briefhoofden/standaard.yaml} for the others; logos as files in the folder.</li>
 * </ul>
 * {@link #laad(Path)} checks the whole folder at once, so that a wrong template stops the application's start, not
 * the first decision: every file is read (with a size limit) and parsed, every letterhead filled into the template,
 * and one built-in sample letter rendered to PDF/A whose text must show. Immutable and thread-safe once loaded.
 */
public final class Briefsjablonen {

    /** The template and the stylesheet: a letter's layout is a few kB. */
    public static final int MAXIMALE_SJABLOONGROOTTE = 256 * 1024;
    /** A logo. */
    public static final int MAXIMALE_AFBEELDINGSGROOTTE = 1024 * 1024;
    /** Letterhead files in briefhoofden/ (the Netherlands has fewer than 400 municipalities). */
    public static final int MAXIMAAL_BRIEFHOOFDEN = 1_000;

    static final String CSS = "brief.css";
    static final String TEKSTEN = "teksten.yaml";
    static final String BRIEFHOOFDEN = "briefhoofden";
    static final String STANDAARD = "standaard";
    private static final Pattern HOOFDBESTAND = Pattern.compile("([0-9]{4}|" + STANDAARD + ")\\.yaml");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}]+)", Pattern.CASE_INSENSITIVE);

    private final Sjabloonmotor motor;
    private final Map<String, byte[]> bestanden;
    private final Briefteksten teksten;
    private final Map<String, Briefhoofd> briefhoofden;
    private final Briefhoofd standaard;

    private Briefsjablonen(Sjabloonmotor motor, Map<String, byte[]> bestanden, Briefteksten teksten,
                           Map<String, Briefhoofd> briefhoofden, Briefhoofd standaard) {
        this.motor = motor;
        this.bestanden = Collections.unmodifiableMap(bestanden);
        this.teksten = teksten;
        this.briefhoofden = Collections.unmodifiableMap(briefhoofden);
        this.standaard = standaard;
    }

    /**
     * Loads and checks the template folder.
     *
     * @throws OngeldigSjabloonException with every problem (file, line where known, field, Dutch message)
     */
    public static Briefsjablonen laad(Path map) {
        List<Probleem> p = new ArrayList<>();
        if (!Files.isDirectory(map)) {
            throw new OngeldigSjabloonException(List.of(new Probleem(map.toString(), 0, "(map)",
                    "bestaat niet of is geen map; geef de map met briefsjablonen (standaard: brieven)")));
        }
        String sjabloon = tekst(lees(map, Sjabloonmotor.NAAM, MAXIMALE_SJABLOONGROOTTE, p), naam(map, Sjabloonmotor.NAAM), p);
        if (sjabloon != null) {
            welgevormd(sjabloon, naam(map, Sjabloonmotor.NAAM), "(sjabloon)", p);
        }
        byte[] css = lees(map, CSS, MAXIMALE_SJABLOONGROOTTE, p);
        String cssTekst = tekst(css, naam(map, CSS), p);
        if (cssTekst != null) {
            lettertypen(cssTekst, naam(map, CSS), p);
        }
        byte[] tekstenBytes = lees(map, TEKSTEN, Briefteksten.MAXIMALE_GROOTTE, p);
        Briefteksten teksten = tekstenBytes == null ? null : Briefteksten.lees(tekstenBytes, naam(map, TEKSTEN), p);

        Map<String, byte[]> bestanden = new LinkedHashMap<>();
        if (css != null) {
            bestanden.put(CSS, css);
        }
        Map<String, Briefhoofd> hoofden = new TreeMap<>();
        Briefhoofd standaard = briefhoofden(map, hoofden, bestanden, p);
        if (!p.isEmpty()) {
            throw new OngeldigSjabloonException(p);
        }
        Briefsjablonen s = new Briefsjablonen(new Sjabloonmotor(sjabloon), bestanden, teksten, hoofden, standaard);
        s.controleer(map, p);
        if (!p.isEmpty()) {
            throw new OngeldigSjabloonException(p);
        }
        return s;
    }

    /** The letterhead of a municipality: its own, else the default one; null when neither exists. */
    public Briefhoofd briefhoofd(String gemeentecode) {
        Briefhoofd eigen = briefhoofden.get(gemeentecode);
        return eigen != null ? eigen : standaard;
    }

    /** The municipalities with their own letterhead. */
    public Set<String> gemeentecodes() {
        return briefhoofden.keySet();
    }

    /** Whether there is a default letterhead for municipalities without their own. */
    public boolean heeftStandaard() {
        return standaard != null;
    }

    Sjabloonmotor motor() {
        return motor;
    }

    Map<String, byte[]> bestanden() {
        return bestanden;
    }

    Briefteksten teksten() {
        return teksten;
    }

    /**
     * Every letterhead filled into the template (the XHTML must stay well-formed), and the sample letter made into a
     * PDF whose text shows its kenmerk: a font family without an embedded font leaves a PDF/A without text.
     */
    private void controleer(Path map, List<Probleem> p) {
        String sjabloon = naam(map, Sjabloonmotor.NAAM);
        List<String> codes = new ArrayList<>(briefhoofden.keySet());
        if (standaard != null) {
            codes.add("0000");
        }
        String eerste = null;
        for (String code : codes) {
            String xhtml;
            try {
                xhtml = new Briefmaker(this).xhtml(Voorbeeldbrief.voor(code));
            } catch (TemplateEngineException e) {
                p.add(new Probleem(sjabloon, e instanceof TemplateProcessingException t && t.getLine() != null ? t.getLine() : 0,
                        "(sjabloon)", "kan niet ingevuld worden: " + e.getMessage()));
                return;
            }
            if (!welgevormd(xhtml, sjabloon, "(ingevulde brief, briefhoofd " + code + ")", p)) {
                return;
            }
            if (eerste == null) {
                eerste = xhtml;
            }
        }
        try {
            byte[] pdf = Pdfopmaak.pdf(eerste, bestanden);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                String tekst = new PDFTextStripper().getText(d);
                if (!tekst.contains(Voorbeeldbrief.KENMERK)) {
                    p.add(new Probleem(sjabloon, 0, "(voorbeeldbrief)", "de voorbeeldbrief als PDF toont het kenmerk "
                            + Voorbeeldbrief.KENMERK + " niet: toont het sjabloon ${brief.kenmerk}, en heeft elk element "
                            + "(ook @page) een lettertype uit " + String.join(", ", new java.util.TreeSet<>(Pdfopmaak.FAMILIES))
                            + " in " + CSS + "?"));
                }
            }
        } catch (IOException | RuntimeException e) {
            p.add(new Probleem(sjabloon, 0, "(voorbeeldbrief)", "de voorbeeldbrief kan niet als PDF gemaakt worden: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private static Briefhoofd briefhoofden(Path map, Map<String, Briefhoofd> hoofden, Map<String, byte[]> bestanden,
                                           List<Probleem> p) {
        Path hoofdmap = map.resolve(BRIEFHOOFDEN);
        if (!Files.isDirectory(hoofdmap)) {
            p.add(new Probleem(naam(map, BRIEFHOOFDEN), 0, "(map)", "ontbreekt: zet per gemeente een briefhoofd in "
                    + BRIEFHOOFDEN + "/<gemeentecode>.yaml, of " + BRIEFHOOFDEN + "/" + STANDAARD + ".yaml"));
            return null;
        }
        Briefhoofd standaard = null;
        int aantal = 0;
        try (DirectoryStream<Path> lijst = Files.newDirectoryStream(hoofdmap)) {
            for (Path bestand : lijst) {
                String naam = naam(map, BRIEFHOOFDEN + "/" + bestand.getFileName());
                if (++aantal > MAXIMAAL_BRIEFHOOFDEN) {
                    p.add(new Probleem(naam(map, BRIEFHOOFDEN), 0, "(map)", "bevat meer dan " + MAXIMAAL_BRIEFHOOFDEN + " bestanden"));
                    break;
                }
                Matcher m = HOOFDBESTAND.matcher(bestand.getFileName().toString());
                if (!m.matches()) {
                    p.add(new Probleem(naam, 0, "(bestand)", "onbekende bestandsnaam: een briefhoofd heet <gemeentecode>.yaml "
                            + "(vier cijfers, zoals 0034.yaml) of " + STANDAARD + ".yaml"));
                    continue;
                }
                boolean isStandaard = m.group(1).equals(STANDAARD);
                byte[] inhoud = lees(map, BRIEFHOOFDEN + "/" + bestand.getFileName(), BriefhoofdLezer.MAXIMALE_GROOTTE, p);
                Briefhoofd h = inhoud == null ? null : BriefhoofdLezer.lees(inhoud, naam, isStandaard ? null : m.group(1), p);
                if (h == null) {
                    continue;
                }
                if (h.logo() != null && !bestanden.containsKey(h.logo()) && !logo(map, h.logo(), naam, bestanden, p)) {
                    continue;
                }
                if (isStandaard) {
                    standaard = h;
                } else {
                    hoofden.put(h.gemeentecode(), h);
                }
            }
        } catch (IOException e) {
            p.add(new Probleem(naam(map, BRIEFHOOFDEN), 0, "(map)", "kan niet gelezen worden: " + e.getMessage()));
        }
        if (hoofden.isEmpty() && standaard == null && p.isEmpty()) {
            p.add(new Probleem(naam(map, BRIEFHOOFDEN), 0, "(map)", "bevat geen briefhoofd"));
        }
        return standaard;
    }

    /** Reads the logo a letterhead names; it must stay inside the folder and be a PNG or JPEG image. */
    private static boolean logo(Path map, String logo, String briefhoofd, Map<String, byte[]> bestanden, List<Probleem> p) {
        Path pad = map.resolve(logo).normalize();
        if (!pad.startsWith(map.normalize()) || !Files.isRegularFile(pad)) {
            p.add(new Probleem(briefhoofd, 0, "logo", "het bestand " + logo + " bestaat niet in " + map));
            return false;
        }
        byte[] inhoud = lees(map, logo, MAXIMALE_AFBEELDINGSGROOTTE, p);
        if (inhoud == null) {
            return false;
        }
        String klein = logo.toLowerCase(Locale.ROOT);
        boolean soort = klein.endsWith(".png") || klein.endsWith(".jpg") || klein.endsWith(".jpeg");
        boolean afbeelding;
        try (InputStream in = new ByteArrayInputStream(inhoud)) {
            afbeelding = soort && ImageIO.read(in) != null;
        } catch (IOException | RuntimeException e) {
            afbeelding = false;
        }
        if (!afbeelding) {
            p.add(new Probleem(briefhoofd, 0, "logo", logo + " is geen leesbare PNG- of JPEG-afbeelding"));
            return false;
        }
        bestanden.put(logo, inhoud);
        return true;
    }

    /** The bytes of a file in the folder, at most {@code grens}; null with the problem when absent or too large. */
    private static byte[] lees(Path map, String relatief, int grens, List<Probleem> p) {
        Path pad = map.resolve(relatief);
        try (InputStream in = Files.newInputStream(pad)) {
            byte[] inhoud = in.readNBytes(grens + 1);
            if (inhoud.length > grens) {
                p.add(new Probleem(naam(map, relatief), 0, "(bestand)", "is te groot; ten hoogste " + grens + " bytes"));
                return null;
            }
            return inhoud;
        } catch (NoSuchFileException e) {
            p.add(new Probleem(naam(map, relatief), 0, "(bestand)", "ontbreekt"));
        } catch (IOException e) {
            p.add(new Probleem(naam(map, relatief), 0, "(bestand)", Files.isDirectory(pad) ? "is een map, geen bestand"
                    : "kan niet gelezen worden: " + e.getMessage()));
        }
        return null;
    }

    private static String tekst(byte[] inhoud, String naam, List<Probleem> p) {
        if (inhoud == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            p.add(new Probleem(naam, 0, "(bestand)", "is geen UTF-8-tekst"));
            return null;
        }
    }

    /** Whether the text is well-formed XML without a DTD; else the problem with its line. */
    private static boolean welgevormd(String xml, String naam, String veld, List<Probleem> p) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.newSAXParser().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)), new DefaultHandler());
            return true;
        } catch (SAXParseException e) {
            p.add(new Probleem(naam, Math.max(e.getLineNumber(), 0), veld, "geen geldige XHTML: " + e.getMessage()));
        } catch (Exception e) {
            p.add(new Probleem(naam, 0, veld, "kan niet als XHTML gelezen worden: " + e.getMessage()));
        }
        return false;
    }

    /**
     * Every font-family in the stylesheet must start with a family that is embedded (DejaVu Sans, Serif, Sans Mono):
     * a PDF/A embeds every font, and text in any other family would not be drawn at all.
     */
    private static void lettertypen(String css, String naam, List<Probleem> p) {
        Matcher m = FONT_FAMILY.matcher(css);
        while (m.find()) {
            String eerste = m.group(1).split(",")[0].trim().replace("\"", "").replace("'", "").trim();
            boolean bekend = Pdfopmaak.FAMILIES.stream().anyMatch(f -> f.equalsIgnoreCase(eerste))
                    || eerste.equalsIgnoreCase("inherit");
            if (!bekend) {
                int regel = 1 + (int) css.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                p.add(new Probleem(naam, regel, "font-family", "'" + eerste + "' is geen ingebouwd lettertype; kies uit "
                        + String.join(", ", new java.util.TreeSet<>(Pdfopmaak.FAMILIES))));
            }
        }
    }

    private static String naam(Path map, String relatief) {
        return map.resolve(relatief).toString();
    }
}
