package nl.indiceer.berichten.declaratie;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;

/**
 * Writes the 325 that answers one 323, as IV087 says: the header with 0200; when every prestatie is approved only the
 * DeclaratieAntwoord with 8001; otherwise the rejected prestaties (approved ones are not repeated), each with its
 * retourcodes, under their client with 0200, and the DeclaratieAntwoord with 0200 and the approved total.
 *
 * <p>The totals stand before the prestaties in the XSD, but are known only at the end: the rejected prestaties are
 * kept aside (in memory, in a temporary file beside the target when they are many: {@link Overloopschrijver}) and
 * copied in when the answer is complete ({@link #voltooi}). The answer is written beside the target and moved onto it
 * at once: until then nothing exists under the target's name; {@link #close} without {@code voltooi} leaves nothing
 * behind.
 */
public final class Antwoordschrijver implements Closeable {

    /** WJ001 0200: geen opmerking over deze berichtklasse. */
    public static final String GEEN_OPMERKING = "0200";
    /** WJ001 8001: declaratie is volledig toegewezen. */
    public static final String VOLLEDIG_TOEGEWEZEN = "8001";
    private static final String REGELEINDE = "\r\n";
    private static final XMLOutputFactory FABRIEK = XMLOutputFactory.newFactory();

    private final Path doel;
    private final Declaratiekop kop;
    private final Berichtsoort soort;
    private final String prefix;
    private final String ns;
    private final String basisPrefix;
    private final String basisNs;
    private final String identificatie;
    private final LocalDate dagtekening;
    /**
     * The rejected prestaties, written as text rather than through an XMLStreamWriter: the body only has elements of
     * two prefixes declared on the root, and the writer's namespace bookkeeping per element was most of the cost of a
     * 325 (issue 11). Values are escaped by {@link #tekst}.
     */
    private final Overloopschrijver rompTekst;
    private String openClient;
    private long toegekendDebet;
    private long toegekendCredit;
    private long afgekeurd;
    private boolean voltooid;

    /**
     * @param doel          the 325 file to write
     * @param kop           the head of the 323 it answers
     * @param identificatie the 325's own BerichtIdentificatie (1 to 12 characters)
     */
    public Antwoordschrijver(Path doel, Declaratiekop kop, String identificatie, LocalDate dagtekening) throws IOException {
        this.doel = Objects.requireNonNull(doel);
        this.kop = Objects.requireNonNull(kop);
        this.soort = antwoordsoort(kop.soort());
        this.prefix = soort.prefix();
        this.ns = soort.namespace();
        this.basisPrefix = soort.wet().standaard();
        this.basisNs = soort.wet().basisNamespace();
        this.identificatie = identificatie;
        this.dagtekening = dagtekening;
        this.rompTekst = new Overloopschrijver(doel.toAbsolutePath().getParent(), ".325-");
    }

    /** JW325 for a JW323, WMO325 for a WMO323. */
    public static Berichtsoort antwoordsoort(Berichtsoort declaratie) {
        return Berichtsoort.van(declaratie.wet(), "325");
    }

    /**
     * The outcome of one prestatie, in the order of the 323.
     *
     * @param retourcodes empty when the prestatie is approved (it is then only counted), else its WJ001 codes
     */
    public void prestatie(GedeclareerdePrestatie p, List<String> retourcodes) throws IOException {
        if (retourcodes.isEmpty()) {
            if (p.isCredit()) {
                toegekendCredit += p.bedrag();
            } else {
                toegekendDebet += p.bedrag();
            }
            return;
        }
        afgekeurd++;
        {
            if (!p.bsn().equals(openClient)) {
                sluitClient();
                start(2, "Client");
                waarde(3, "Bsn", p.bsn(), false);
                start(3, "Prestaties");
                openClient = p.bsn();
            }
            start(4, "Prestatie");
            start(5, "ProductReferentie");
            waarde(6, "ReferentieNummer", p.referentieNummer(), true);
            if (p.vorigReferentieNummer() != null) {
                waarde(6, "VorigReferentieNummer", p.vorigReferentieNummer(), true);
            }
            einde(5);
            waarde(5, "ToewijzingNummer", Long.toString(p.toewijzingNummer()), false);
            waarde(5, "ProductCategorie", p.productCategorie(), false);
            waarde(5, "ProductCode", p.productCode(), false);
            start(5, "ProductPeriode");
            waarde(6, "Begindatum", p.begin().toString(), true);
            waarde(6, "Einddatum", p.eind().toString(), true);
            einde(5);
            waarde(5, "GeleverdVolume", Long.toString(p.geleverdVolume()), false);
            waarde(5, "Eenheid", p.eenheid(), false);
            if (p.productTarief() != null) {
                waarde(5, "ProductTarief", Long.toString(p.productTarief()), false);
            }
            start(5, "IngediendBedrag");
            waarde(6, "Bedrag", Long.toString(p.bedrag()), true);
            waarde(6, "DebetCredit", p.debetCredit(), true);
            einde(5);
            retourcodes(5, retourcodes);
            einde(4);
        }
    }

    /** The number of rejected prestaties so far. */
    public long afgekeurd() {
        return afgekeurd;
    }

    /** The approved amount: debits minus credits, in eurocents (negative: more credited than charged). */
    public long toegekendBedrag() {
        return toegekendDebet - toegekendCredit;
    }

    /** Writes the complete 325 under the target's name (written beside it first, then moved). */
    public void voltooi() throws IOException {
        Path klaar = null;
        try {
            sluitClient();
            // beside the target under a name of its own (one file opened, not a temporary file created and opened again)
            klaar = doel.resolveSibling("." + doel.getFileName() + ".deel");
            try (Writer uit = Files.newBufferedWriter(klaar, StandardCharsets.UTF_8)) {
                XMLStreamWriter x = FABRIEK.createXMLStreamWriter(uit);
                x.writeStartDocument("UTF-8", "1.0");
                x.writeCharacters(REGELEINDE);
                x.writeStartElement(soort.prefix(), "Bericht", soort.namespace());
                x.writeNamespace(soort.wet().standaard(), soort.wet().basisNamespace());
                x.writeNamespace(soort.prefix(), soort.namespace());
                kop(x);
                start(x, 1, "DeclaratieAntwoord");
                waarde(x, 2, "DeclaratieNummer", kop.declaratieNummer(), false);
                bedrag(x, "TotaalIngediendBedrag", kop.totaalBedrag(), kop.debetCredit());
                long toegekend = toegekendBedrag();
                bedrag(x, "TotaalToegekendBedrag", Math.abs(toegekend), toegekend < 0 ? "C" : "D");
                if (afgekeurd > 0) {
                    start(x, 2, "Clienten");
                    x.writeCharacters(""); // closes the start tag before the raw copy
                    x.flush();
                    // the rejected prestaties, kept aside as they were checked
                    rompTekst.kopieerNaar(uit);
                    einde(x, 2);
                }
                retourcodes(x, 2, List.of(afgekeurd > 0 ? GEEN_OPMERKING : VOLLEDIG_TOEGEWEZEN));
                einde(x, 1);
                x.writeCharacters(REGELEINDE);
                x.writeEndElement();
                x.writeEndDocument();
                x.writeCharacters(REGELEINDE);
                x.close();
            }
            Files.move(klaar, doel, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            klaar = null;
            voltooid = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            rompTekst.close();
            if (klaar != null) {
                // written halfway (a full disk): nothing half stays beside the target
                Files.deleteIfExists(klaar);
            }
        }
    }

    /** Without {@link #voltooi}: removes the temporary file; the target is not touched. */
    @Override
    public void close() throws IOException {
        if (!voltooid) {
            rompTekst.close();
        }
    }

    private void kop(XMLStreamWriter x) throws XMLStreamException {
        start(x, 1, "Header");
        waarde(x, 2, "BerichtCode", soort.berichtcode(), false);
        waarde(x, 2, "BerichtVersie", Berichtsoort.BERICHTVERSIE, false);
        waarde(x, 2, "BerichtSubversie", Berichtsoort.BERICHTSUBVERSIE, false);
        waarde(x, 2, "Afzender", kop.ontvanger(), false);
        waarde(x, 2, "Ontvanger", kop.afzender(), false);
        identificatie(x, "BerichtIdentificatie", identificatie, dagtekening);
        xsd(x, "XsdVersie", Header.XsdVersie.RELEASE_3_2);
        identificatie(x, "DeclaratieIdentificatie", kop.identificatie(), kop.dagtekening());
        xsd(x, "XsdVersieDeclaratie", kop.xsdVersie());
        retourcodes(x, 2, List.of(GEEN_OPMERKING));
        einde(x, 1);
    }

    private void identificatie(XMLStreamWriter x, String naam, String id, LocalDate datum) throws XMLStreamException {
        start(x, 2, naam);
        waarde(x, 3, "Identificatie", id, true);
        waarde(x, 3, "Dagtekening", datum.toString(), true);
        einde(x, 2);
    }

    private void xsd(XMLStreamWriter x, String naam, Header.XsdVersie v) throws XMLStreamException {
        start(x, 2, naam);
        waarde(x, 3, "BasisschemaXsdVersie", v.basisschema(), true);
        waarde(x, 3, "BerichtXsdVersie", v.bericht(), true);
        einde(x, 2);
    }

    private void bedrag(XMLStreamWriter x, String naam, long bedrag, String dc) throws XMLStreamException {
        start(x, 2, naam);
        waarde(x, 3, "TotaalBedrag", Long.toString(bedrag), true);
        waarde(x, 3, "DebetCredit", dc, true);
        einde(x, 2);
    }

    private void sluitClient() throws IOException {
        if (openClient != null) {
            einde(3);
            retourcodes(3, List.of(GEEN_OPMERKING));
            einde(2);
            openClient = null;
        }
    }

    private void retourcodes(int diepte, List<String> codes) throws IOException {
        start(diepte, "RetourCodes");
        for (String c : codes) {
            waarde(diepte + 1, "RetourCode", c, false);
        }
        einde(diepte);
    }

    private void retourcodes(XMLStreamWriter x, int diepte, List<String> codes) throws XMLStreamException {
        start(x, diepte, "RetourCodes");
        for (String c : codes) {
            waarde(x, diepte + 1, "RetourCode", c, false);
        }
        einde(x, diepte);
    }

    /** The element open at each depth of the body, for its end tag. */
    private final String[] open = new String[8];

    private void start(int diepte, String naam) throws IOException {
        rompTekst.write(INSPRINGING[diepte]);
        rompTekst.write('<');
        rompTekst.write(prefix);
        rompTekst.write(':');
        rompTekst.write(naam);
        rompTekst.write('>');
        open[diepte] = naam;
    }

    private void einde(int diepte) throws IOException {
        rompTekst.write(INSPRINGING[diepte]);
        rompTekst.write("</");
        rompTekst.write(prefix);
        rompTekst.write(':');
        rompTekst.write(open[diepte]);
        rompTekst.write('>');
    }

    private void waarde(int diepte, String naam, String waarde, boolean basis) throws IOException {
        String p = basis ? basisPrefix : prefix;
        rompTekst.write(INSPRINGING[diepte]);
        rompTekst.write('<');
        rompTekst.write(p);
        rompTekst.write(':');
        rompTekst.write(naam);
        rompTekst.write('>');
        tekst(waarde);
        rompTekst.write("</");
        rompTekst.write(p);
        rompTekst.write(':');
        rompTekst.write(naam);
        rompTekst.write('>');
    }

    /** A value as XML text: &amp;, &lt; and &gt; escaped (as the XMLStreamWriter does), the rest as it is. */
    private void tekst(String waarde) throws IOException {
        int van = 0;
        for (int i = 0; i < waarde.length(); i++) {
            char c = waarde.charAt(i);
            String vervanging = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : null;
            if (vervanging != null) {
                rompTekst.write(waarde, van, i - van);
                rompTekst.write(vervanging);
                van = i + 1;
            }
        }
        rompTekst.write(waarde, van, waarde.length() - van);
    }

    private static final String[] INSPRINGING = {"\r\n", "\r\n\t", "\r\n\t\t", "\r\n\t\t\t", "\r\n\t\t\t\t",
        "\r\n\t\t\t\t\t", "\r\n\t\t\t\t\t\t", "\r\n\t\t\t\t\t\t\t"};

    private void start(XMLStreamWriter x, int diepte, String naam) throws XMLStreamException {
        x.writeCharacters(INSPRINGING[diepte]);
        x.writeStartElement(prefix, naam, ns);
    }

    private void einde(XMLStreamWriter x, int diepte) throws XMLStreamException {
        x.writeCharacters(INSPRINGING[diepte]);
        x.writeEndElement();
    }

    private void waarde(XMLStreamWriter x, int diepte, String naam, String waarde, boolean basis) throws XMLStreamException {
        x.writeCharacters(INSPRINGING[diepte]);
        if (basis) {
            x.writeStartElement(basisPrefix, naam, basisNs);
        } else {
            x.writeStartElement(prefix, naam, ns);
        }
        x.writeCharacters(waarde);
        x.writeEndElement();
    }
}
