package nl.indiceer.berichten.declaratie;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.xml.Bsn;
import nl.indiceer.berichten.xml.OngeldigBerichtException;

/**
 * Reads a 323 (JW323 or WMO323) as a stream: the head first, then every prestatie as soon as it is complete, so memory
 * does not grow with the file. No DTD, no entities (a DOCTYPE is refused), UTF-8 without BOM, every element in the
 * order of the XSD, every value checked (dates that exist, whole numbers within the schema's range, code lists for
 * Eenheid and DebetCredit, the BSN's 11-proef). Every refusal names its line.
 *
 * <p>A refusal can come after prestaties were handed over (a file cut off halfway): the receiver must treat what it got
 * as provisional until {@link #lees} returns normally.
 */
public final class Declaratielezer {

    /** Receives the head and the prestaties of one 323, in the order of the file. */
    public interface Ontvanger {
        void kop(Declaratiekop kop);

        void prestatie(GedeclareerdePrestatie prestatie);
    }

    /** The longest value in a 323 is a ReferentieNummer of 36 characters; anything much longer is refused early. */
    static final int MAXIMALE_TEKSTLENGTE = 200;
    private static final long VOLUME_MAX = 99_999_999L;
    private static final long BEDRAG_MAX = 99_999_999L;
    private static final long TOTAAL_MAX = 999_999_999_999L;
    private static final long NUMMER_MAX = 999_999_999L;
    private static final boolean B = false;
    private static final boolean BASIS = true;

    private static final XMLInputFactory FABRIEK = fabriek();
    private static final nl.indiceer.declaratie.Eenheid[] EENHEDEN = nl.indiceer.declaratie.Eenheid.values();
    private static final java.util.regex.Pattern AGB = java.util.regex.Pattern.compile("[0-9]{8}");
    private static final java.util.regex.Pattern GEMEENTE = java.util.regex.Pattern.compile("[0-9]{4}");
    private static final java.util.regex.Pattern IDENTIFICATIE = java.util.regex.Pattern.compile(".{1,12}");
    private static final java.util.regex.Pattern VERSIE =
            java.util.regex.Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");
    private static final java.util.regex.Pattern DECLARATIENUMMER = java.util.regex.Pattern.compile("[a-zA-Z0-9]{1,12}");

    private static XMLInputFactory fabriek() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private final XMLStreamReader r;
    private Berichtsoort soort;
    /** The message's and the basisschema's namespace, computed once (they are built strings). */
    private String nsBericht;
    private String nsBasis;
    /** True when the reader stands on a START_ELEMENT or END_ELEMENT not yet taken. */
    private boolean klaar;
    /** The text of the last simple element read, trimmed to [waardeVan, waardeTot): see {@link #waarde}. */
    private final char[] waarde = new char[MAXIMALE_TEKSTLENGTE];
    private int waardeVan;
    private int waardeTot;
    /** The product category and code of the previous prestatie: see {@link #herhaald}. */
    private String vorigeCategorie;
    private String vorigeProductcode;

    private Declaratielezer(XMLStreamReader r) {
        this.r = r;
    }

    /**
     * Reads the 323 in this stream and hands its parts to the receiver.
     *
     * @return the head (also handed to the receiver before the first prestatie)
     * @throws OngeldigBerichtException the first reason the file is not a valid 323, with its line
     */
    public static Declaratiekop lees(InputStream invoer, Ontvanger ontvanger) throws OngeldigBerichtException {
        BufferedInputStream in = new BufferedInputStream(invoer, 64 * 1024);
        try {
            in.mark(3);
            byte[] begin = in.readNBytes(3);
            in.reset();
            if (begin.length == 3 && (begin[0] & 0xff) == 0xEF && (begin[1] & 0xff) == 0xBB && (begin[2] & 0xff) == 0xBF) {
                throw fout(1, "BOM", "het bericht begint met een byte order mark (BOM); een bericht is UTF-8 zonder BOM (OP192)");
            }
            if (begin.length >= 2 && ((begin[0] & 0xff) == 0xFE || (begin[0] & 0xff) == 0xFF)) {
                throw fout(1, "CODERING", "het bericht is geen UTF-8 (OP192)");
            }
        } catch (IOException e) {
            throw fout(0, "ONLEESBAAR", "het bestand kan niet gelezen worden: " + schoon(e.getMessage()));
        }
        XMLStreamReader r = null;
        try {
            r = FABRIEK.createXMLStreamReader(in, "UTF-8");
            String codering = r.getCharacterEncodingScheme();
            if (codering != null && !codering.equalsIgnoreCase("UTF-8")) {
                throw fout(1, "CODERING", "het bericht noemt de codering '" + schoon(codering) + "'; een bericht is UTF-8 (OP192)");
            }
            return new Declaratielezer(r).bericht(ontvanger);
        } catch (XMLStreamException e) {
            throw fout(regel(e.getLocation()), "ONLEESBAAR", "geen goedgevormde XML"
                    + (isAfgebroken(e) ? " (het bestand houdt halverwege op)" : "") + ": " + schoon(e.getMessage()));
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input (bad UTF-8 bytes, a bad character reference) unchecked.
            throw fout(r == null ? 0 : regel(r.getLocation()), "ONLEESBAAR", "geen goedgevormde XML ("
                    + schoon(String.valueOf(e.getMessage())) + ")");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException e) {
                    // closing a reader of a broken file: the reason is already on its way
                }
            }
        }
    }

    private static boolean isAfgebroken(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("end of file") || m.contains("must start and end within the same entity")
                || m.contains("Premature end");
    }

    private Declaratiekop bericht(Ontvanger ontvanger) throws XMLStreamException, OngeldigBerichtException {
        volgende();
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw fout(regel(), "ONLEESBAAR", "het bestand bevat geen bericht");
        }
        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
        Berichtsoort s = Berichtsoort.metNamespace(ns);
        if (s == null || !s.nummer().equals("323") || !r.getLocalName().equals("Bericht")) {
            throw fout(regel(), "NAMESPACE", s != null && r.getLocalName().equals("Bericht")
                    ? "dit is een " + s + " (" + s.omschrijving().toLowerCase() + "), geen declaratie (323)"
                    : "het bericht begint met " + schoon(r.getLocalName()) + " in namespace '" + schoon(ns)
                    + "'; een declaratie begint met Bericht in " + Berichtsoort.JW323.namespace() + " of "
                    + Berichtsoort.WMO323.namespace());
        }
        soort = s;
        nsBericht = s.namespace();
        nsBasis = s.wet().basisNamespace();
        klaar = false;
        start(B, "Header");
        String code = tekst(B, "BerichtCode");
        if (!code.equals(soort.berichtcode())) {
            throw fout(waardeRegel(), "BERICHTCODE", "BerichtCode " + schoon(code) + " past niet bij een " + soort
                    + " (BerichtCode " + soort.berichtcode() + ")");
        }
        vast("BerichtVersie", Berichtsoort.BERICHTVERSIE);
        vast("BerichtSubversie", Berichtsoort.BERICHTSUBVERSIE);
        String afzender = patroon(B, "Afzender", AGB, "een AGB-code van 8 cijfers");
        String ontvanger1 = patroon(B, "Ontvanger", GEMEENTE, "een gemeentecode van 4 cijfers");
        start(B, "BerichtIdentificatie");
        String identificatie = patroon(BASIS, "Identificatie", IDENTIFICATIE, "1 tot 12 tekens");
        LocalDate dagtekening = datum(BASIS, "Dagtekening");
        einde();
        start(B, "XsdVersie");
        Header.XsdVersie xsd = new Header.XsdVersie(patroon(BASIS, "BasisschemaXsdVersie", VERSIE, "een versie x.y.z"),
                patroon(BASIS, "BerichtXsdVersie", VERSIE, "een versie x.y.z"));
        einde();
        einde();
        start(B, "Declaratie");
        String nummer = patroon(B, "DeclaratieNummer", DECLARATIENUMMER, "1 tot 12 letters of cijfers");
        start(B, "DeclaratiePeriode");
        LocalDate periodeBegin = datum(BASIS, "Begindatum");
        LocalDate periodeEind = datum(BASIS, "Einddatum");
        einde();
        LocalDate declaratieDagtekening = datum(B, "DeclaratieDagtekening");
        start(B, "TotaalIngediendBedrag");
        long totaal = getal(BASIS, "TotaalBedrag", TOTAAL_MAX);
        String totaalDc = debetCredit();
        einde();
        Declaratiekop kop = new Declaratiekop(soort, afzender, ontvanger1, identificatie, dagtekening, xsd, nummer,
                periodeBegin, periodeEind, declaratieDagtekening, totaal, totaalDc);
        ontvanger.kop(kop);
        start(B, "Clienten");
        do {
            client(ontvanger);
        } while (volgtStart("Client"));
        einde();
        einde();
        einde();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw fout(regel(), "STRUCTUUR", "na het einde van het bericht staat nog inhoud");
            }
            if (e == XMLStreamConstants.DTD || e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fout(regel(), "DOCTYPE", "een DOCTYPE of entiteit is in een bericht niet toegestaan");
            }
        }
        return kop;
    }

    private void client(Ontvanger ontvanger) throws XMLStreamException, OngeldigBerichtException {
        start(B, "Client");
        String bsn = tekst(B, "Bsn");
        if (!Bsn.isGeldig(bsn)) {
            throw fout(waardeRegel(), "WAARDE", "Bsn '" + schoon(bsn) + "' is geen geldig burgerservicenummer (9 cijfers, 11-proef; CS002)");
        }
        start(B, "Prestaties");
        do {
            ontvanger.prestatie(prestatie(bsn));
        } while (volgtStart("Prestatie"));
        einde();
        einde();
    }

    private GedeclareerdePrestatie prestatie(String bsn) throws XMLStreamException, OngeldigBerichtException {
        start(B, "Prestatie");
        int regel = regel();
        start(B, "ProductReferentie");
        String referentie = kort(BASIS, "ReferentieNummer", 36, "1 tot 36 tekens");
        String vorig = null;
        if (volgtStart("VorigReferentieNummer")) {
            vorig = kort(BASIS, "VorigReferentieNummer", 36, "1 tot 36 tekens");
        }
        einde();
        if (referentie.length() > 36 || vorig != null && vorig.length() > 36) {
            throw fout(regel, "WAARDE", "een ReferentieNummer heeft ten hoogste 36 tekens");
        }
        long toewijzing = getal(B, "ToewijzingNummer", NUMMER_MAX);
        String categorie = vorigeCategorie = herhaald(B, "ProductCategorie", vorigeCategorie);
        if (categorie.length() != 2 || !alleenCijfers(categorie)) {
            throw fout(waardeRegel(), "WAARDE", "ProductCategorie '" + schoon(categorie) + "' is geen productcategorie van 2 cijfers");
        }
        String productcode = vorigeProductcode = herhaald(B, "ProductCode", vorigeProductcode);
        // the same test and message as kort(): 1 to 5 characters on one line
        if (productcode.length() > 5 || productcode.indexOf('\n') >= 0 || productcode.indexOf('\r') >= 0) {
            throw fout(waardeRegel(), "WAARDE", "ProductCode '" + schoon(productcode) + "' is geen 1 tot 5 tekens");
        }
        if (productcode.length() > 5) {
            throw fout(regel, "WAARDE", "ProductCode heeft ten hoogste 5 tekens");
        }
        start(B, "ProductPeriode");
        LocalDate begin = datum(BASIS, "Begindatum");
        LocalDate eind = datum(BASIS, "Einddatum");
        einde();
        long volume = getal(B, "GeleverdVolume", VOLUME_MAX);
        String eenheid = eenheid();
        Long tarief = null;
        if (volgtStart("ProductTarief")) {
            tarief = getal(B, "ProductTarief", BEDRAG_MAX);
        }
        start(B, "IngediendBedrag");
        long bedrag = getal(BASIS, "Bedrag", BEDRAG_MAX);
        String dc = debetCredit();
        einde();
        einde();
        return new GedeclareerdePrestatie(bsn, referentie, vorig, toewijzing, categorie, productcode, begin, eind, volume,
                eenheid, tarief, bedrag, dc, regel);
    }

    /** D or C as the constant String (a new String per prestatie would only be garbage). */
    private String debetCredit() throws XMLStreamException, OngeldigBerichtException {
        waarde(BASIS, "DebetCredit");
        if (waardeIs("D")) {
            return "D";
        }
        if (waardeIs("C")) {
            return "C";
        }
        throw fout(waardeRegel(), "WAARDE", "DebetCredit '" + schoon(waardeTekst()) + "' is geen D of C (COD043)");
    }

    /** The WJ756 code as the unit's own constant String. */
    private String eenheid() throws XMLStreamException, OngeldigBerichtException {
        waarde(B, "Eenheid");
        for (nl.indiceer.declaratie.Eenheid e : EENHEDEN) {
            if (waardeIs(e.code())) {
                return e.code();
            }
        }
        throw fout(waardeRegel(), "WAARDE", "Eenheid '" + schoon(waardeTekst()) + "' staat niet in codelijst WJ756");
    }

    // --- reading elements in the schema's order

    /** Moves to the next start or end tag, refusing text between elements, a DOCTYPE and entities. */
    private void volgende() throws XMLStreamException, OngeldigBerichtException {
        if (klaar) {
            return;
        }
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT -> {
                    klaar = true;
                    return;
                }
                case XMLStreamConstants.DTD -> throw fout(regel(), "DOCTYPE",
                        "een DOCTYPE is in een bericht niet toegestaan (geen DTD, geen entiteiten)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw fout(regel(), "DOCTYPE",
                        "de entiteit '&" + schoon(r.getLocalName()) + ";' is niet toegestaan");
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!alleenWit()) {
                        throw fout(regel(), "STRUCTUUR", "tekst tussen de elementen, waar een element hoort");
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> throw fout(regel(), "ONLEESBAAR",
                        "het bestand houdt halverwege het bericht op");
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    /**
     * Whether the current text is XML white space only (space, tab, CR, LF): the indentation between elements. Our own
     * loop over the parser's buffer rather than {@code isWhiteSpace()}, which showed in the profile at two calls per
     * element of a million prestaties (issue 11).
     */
    private boolean alleenWit() {
        char[] tekens = r.getTextCharacters();
        int van = r.getTextStart();
        int tot = van + r.getTextLength();
        for (int i = van; i < tot; i++) {
            char c = tekens[i];
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private boolean volgtStart(String naam) throws XMLStreamException, OngeldigBerichtException {
        volgende();
        return r.getEventType() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals(naam);
    }

    private void start(boolean basis, String naam) throws XMLStreamException, OngeldigBerichtException {
        volgende();
        String ns = basis ? nsBasis : nsBericht;
        if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
            throw fout(regel(), "STRUCTUUR", "element " + naam + " ontbreekt voor het einde van " + schoon(r.getLocalName()));
        }
        if (!r.getLocalName().equals(naam) || !ns.equals(r.getNamespaceURI())) {
            throw fout(regel(), "STRUCTUUR", "verwacht element " + naam + ", gevonden " + schoon(r.getLocalName())
                    + (r.getLocalName().equals(naam) ? " in namespace '" + schoon(r.getNamespaceURI()) + "'" : ""));
        }
        if (r.getAttributeCount() > 0) {
            for (int i = 0; i < r.getAttributeCount(); i++) {
                if (!javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(r.getAttributeNamespace(i))) {
                    throw fout(regel(), "STRUCTUUR", "attribuut " + schoon(r.getAttributeLocalName(i))
                            + " is in een bericht niet toegestaan");
                }
            }
        }
        klaar = false;
    }

    private void einde() throws XMLStreamException, OngeldigBerichtException {
        volgende();
        if (r.getEventType() != XMLStreamConstants.END_ELEMENT) {
            throw fout(regel(), "STRUCTUUR", "onverwacht element " + schoon(r.getLocalName()));
        }
        klaar = false;
    }

    /**
     * The text of a simple element, as the previous instance when it is the same: a provider declares the same few
     * product categories and codes on every line, and a new String for each was garbage (issue 11).
     */
    private String herhaald(boolean basis, String naam, String vorige) throws XMLStreamException, OngeldigBerichtException {
        waarde(basis, naam);
        return vorige != null && waardeIs(vorige) ? vorige : waardeTekst();
    }

    /** The text of a simple element, trimmed; refused when it holds elements or is too long. */
    private String tekst(boolean basis, String naam) throws XMLStreamException, OngeldigBerichtException {
        waarde(basis, naam);
        return new String(waarde, waardeVan, waardeTot - waardeVan);
    }

    /**
     * Reads a simple element's text into {@link #waarde}, trimmed to [waardeVan, waardeTot); refused when it holds
     * elements, is too long or is empty. A reused buffer, not a String: a million prestaties carry eight numbers and
     * dates each, and making a String of every one was a third of what the check allocated (issue 11).
     */
    private void waarde(boolean basis, String naam) throws XMLStreamException, OngeldigBerichtException {
        start(basis, naam);
        int lengte = 0;
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int n = r.getTextLength();
                    if (lengte + n > MAXIMALE_TEKSTLENGTE) {
                        throw fout(regel(), "TE_GROOT", "de tekst van " + naam + " is langer dan " + MAXIMALE_TEKSTLENGTE + " tekens");
                    }
                    System.arraycopy(r.getTextCharacters(), r.getTextStart(), waarde, lengte, n);
                    lengte += n;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    // the same trimming as String.strip(): whitespace in the sense of Character.isWhitespace
                    int van = 0;
                    int tot = lengte;
                    while (van < tot && Character.isWhitespace(waarde[van])) {
                        van++;
                    }
                    while (tot > van && Character.isWhitespace(waarde[tot - 1])) {
                        tot--;
                    }
                    if (van == tot) {
                        throw fout(regel(), "WAARDE", naam + " is leeg");
                    }
                    waardeVan = van;
                    waardeTot = tot;
                    return;
                }
                case XMLStreamConstants.START_ELEMENT -> throw fout(regel(), "STRUCTUUR", naam + " bevat een element waar een waarde hoort");
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw fout(regel(), "DOCTYPE",
                        "een DOCTYPE of entiteit is in een bericht niet toegestaan");
                case XMLStreamConstants.END_DOCUMENT -> throw fout(regel(), "ONLEESBAAR", "het bestand houdt halverwege op");
                default -> {
                    // comments inside a value: ignored
                }
            }
        }
    }

    /** Whether the value last read by {@link #waarde} is exactly this text. */
    private boolean waardeIs(String tekst) {
        if (tekst.length() != waardeTot - waardeVan) {
            return false;
        }
        for (int i = 0; i < tekst.length(); i++) {
            if (tekst.charAt(i) != waarde[waardeVan + i]) {
                return false;
            }
        }
        return true;
    }

    /** The value last read by {@link #waarde} as a String (only for a message or a value that is kept). */
    private String waardeTekst() {
        return new String(waarde, waardeVan, waardeTot - waardeVan);
    }

    private void vast(String naam, String verwacht) throws XMLStreamException, OngeldigBerichtException {
        String w = tekst(B, naam);
        if (!w.equals(verwacht)) {
            throw fout(waardeRegel(), "BERICHTCODE", naam + " '" + schoon(w) + "' is niet die van release 3.2 (verwacht " + verwacht + ")");
        }
    }

    private String patroon(boolean basis, String naam, java.util.regex.Pattern regex, String uitleg)
            throws XMLStreamException, OngeldigBerichtException {
        String w = tekst(basis, naam);
        if (!regex.matcher(w).matches()) {
            throw fout(waardeRegel(), "WAARDE", naam + " '" + schoon(w) + "' is geen " + uitleg);
        }
        return w;
    }

    private long getal(boolean basis, String naam, long maximum) throws XMLStreamException, OngeldigBerichtException {
        waarde(basis, naam);
        int lengte = waardeTot - waardeVan;
        long n = 0;
        boolean goed = lengte <= 18;
        for (int i = waardeVan; goed && i < waardeTot; i++) {
            char c = waarde[i];
            goed = c >= '0' && c <= '9';
            n = n * 10 + (c - '0');
        }
        if (!goed || n > maximum) {
            String w = waardeTekst();
            throw fout(waardeRegel(), "WAARDE", naam + " '" + schoon(w) + "' is geen geheel getal van 0 tot en met " + maximum
                    + (w.startsWith("-") ? " (negatief)" : ""));
        }
        return n;
    }

    private LocalDate datum(boolean basis, String naam) throws XMLStreamException, OngeldigBerichtException {
        waarde(basis, naam);
        int v = waardeVan;
        if (waardeTot - v == 10 && waarde[v + 4] == '-' && waarde[v + 7] == '-') {
            int j = cijfers(waarde, v, v + 4);
            int m = cijfers(waarde, v + 5, v + 7);
            int d = cijfers(waarde, v + 8, v + 10);
            if (j > 0 && m >= 1 && m <= 12 && d >= 1 && d <= java.time.YearMonth.of(j, m).lengthOfMonth()) {
                return LocalDate.of(j, m, d);
            }
        }
        String w = waardeTekst();
        try {
            return LocalDate.parse(w, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            boolean vorm = w.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            throw fout(waardeRegel(), "DATUM", naam + " '" + schoon(w) + "' is " + (vorm ? "geen bestaande datum" : "geen datum (jjjj-mm-dd)"));
        }
    }

    private static boolean alleenCijfers(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (w.charAt(i) < '0' || w.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Text of 1 to {@code maximum} characters on one line (the value is already stripped, so not blank). */
    private String kort(boolean basis, String naam, int maximum, String uitleg) throws XMLStreamException, OngeldigBerichtException {
        String w = tekst(basis, naam);
        if (w.length() > maximum || w.indexOf('\n') >= 0 || w.indexOf('\r') >= 0) {
            throw fout(waardeRegel(), "WAARDE", naam + " '" + schoon(w) + "' is geen " + uitleg);
        }
        return w;
    }

    /** The number in w[van, tot) when it is all digits, else -1. */
    private static int cijfers(char[] w, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = w[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private int regel() {
        return regel(r.getLocation());
    }

    /**
     * The line of the value just read: the reader stands on its end tag, which for a value on one line is the value's
     * line. Asked only when the value is refused: the parser makes a new Location object for every question, and
     * asking it for every value of a million prestaties was a visible cost (issue 11).
     */
    private int waardeRegel() {
        return regel();
    }

    private static int regel(Location l) {
        return l == null || l.getLineNumber() < 0 ? 0 : l.getLineNumber();
    }

    private static OngeldigBerichtException fout(int regel, String code, String tekst) {
        return new OngeldigBerichtException(List.of(new OngeldigBerichtException.Melding(regel, code, tekst)));
    }

    /** Control characters out and shortened: a hostile file cannot write terminal escapes into a rejection. */
    static String schoon(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || Character.getType(c) == Character.SURROGATE ? ' ' : c));
        String t = b.toString().strip();
        return t.length() > 200 ? t.substring(0, 200) + "…" : t;
    }
}
