package nl.indiceer.berichten.xml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.indiceer.berichten.Berichtsoort;

/**
 * Reads the bytes of a message into a tree, refusing everything a message of iJw or iWmo 3.2 cannot be before anything
 * is interpreted: a file that is too large, a BOM, text that is not UTF-8, a DOCTYPE (and with it every entity trick:
 * external entities, entity expansion), malformed XML, an unknown namespace, attributes, text beside elements, deep
 * nesting. Every refusal names its line.
 */
final class XmlInlezer {

    static final int MAXIMALE_GROOTTE = Berichtlezer.MAXIMALE_GROOTTE;
    static final int MAXIMALE_DIEPTE = 16;
    static final int MAXIMALE_ELEMENTEN = 100_000;
    static final int MAXIMALE_TEKSTLENGTE = 4_000;
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private static final XMLInputFactory FABRIEK = fabriek();

    private static XMLInputFactory fabriek() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** The root and the kind of message its namespace names. */
    record Gelezen(Berichtsoort soort, Knoop wortel) {
    }

    private XmlInlezer() {
    }

    static Gelezen lees(byte[] inhoud) throws OngeldigBerichtException {
        if (inhoud.length > MAXIMALE_GROOTTE) {
            throw new OngeldigBerichtException(0, "TE_GROOT", "het bestand is groter dan " + MAXIMALE_GROOTTE / (1024 * 1024)
                    + " MB, de grens voor één bericht");
        }
        if (inhoud.length >= 3 && (inhoud[0] & 0xff) == 0xEF && (inhoud[1] & 0xff) == 0xBB && (inhoud[2] & 0xff) == 0xBF) {
            throw new OngeldigBerichtException(1, "BOM", "het bericht begint met een byte order mark (BOM); "
                    + "een bericht is UTF-8 zonder BOM (OP192)");
        }
        if (inhoud.length >= 2 && ((inhoud[0] & 0xff) == 0xFE && (inhoud[1] & 0xff) == 0xFF
                || (inhoud[0] & 0xff) == 0xFF && (inhoud[1] & 0xff) == 0xFE)) {
            throw new OngeldigBerichtException(1, "CODERING", "het bericht is UTF-16; een bericht is UTF-8 (OP192)");
        }
        String tekst = utf8(inhoud);
        try {
            return boom(tekst);
        } catch (XMLStreamException e) {
            throw new OngeldigBerichtException(regel(e.getLocation()), "ONLEESBAAR",
                    "geen goedgevormde XML: " + Meldingtekst.schoon(e.getMessage()));
        } catch (RuntimeException e) {
            // The JDK's parser reports some malformed input (an unpaired surrogate, a bad character reference) with an
            // unchecked exception; it is still bad input, not a fault of the reader.
            throw new OngeldigBerichtException(0, "ONLEESBAAR", "geen goedgevormde XML ("
                    + Meldingtekst.schoon(String.valueOf(e.getMessage())) + ")");
        }
    }

    private static String utf8(byte[] inhoud) throws OngeldigBerichtException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            int regel = 1;
            ByteBuffer b = ByteBuffer.wrap(inhoud);
            int fout = positie(inhoud);
            for (int i = 0; i < fout && i < inhoud.length; i++) {
                if (b.get(i) == '\n') {
                    regel++;
                }
            }
            throw new OngeldigBerichtException(regel, "CODERING", "het bericht is geen geldige UTF-8-tekst (OP192)");
        }
    }

    /** Where decoding fails: decoded in pieces so the position of the first bad byte is known. */
    private static int positie(byte[] inhoud) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(inhoud);
        var uit = java.nio.CharBuffer.allocate(inhoud.length + 1);
        var r = decoder.decode(in, uit, true);
        return r.isError() ? in.position() : inhoud.length;
    }

    private static Gelezen boom(String tekst) throws XMLStreamException, OngeldigBerichtException {
        XMLStreamReader r = FABRIEK.createXMLStreamReader(new StringReader(tekst));
        try {
            String codering = r.getCharacterEncodingScheme();
            if (codering != null && !codering.equalsIgnoreCase("UTF-8")) {
                throw new OngeldigBerichtException(1, "CODERING", "het bericht noemt de codering '"
                        + Meldingtekst.schoon(codering) + "'; een bericht is UTF-8 (OP192)");
            }
            Berichtsoort soort = null;
            Deque<Bouw> open = new ArrayDeque<>();
            Knoop wortel = null;
            int elementen = 0;
            while (r.hasNext()) {
                int gebeurtenis = r.next();
                switch (gebeurtenis) {
                    case XMLStreamConstants.DTD -> throw new OngeldigBerichtException(regel(r.getLocation()), "DOCTYPE",
                            "een DOCTYPE is in een bericht niet toegestaan (geen DTD, geen entiteiten)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new OngeldigBerichtException(regel(r.getLocation()),
                            "DOCTYPE", "de entiteit '&" + Meldingtekst.schoon(r.getLocalName()) + ";' is niet toegestaan");
                    case XMLStreamConstants.START_ELEMENT -> {
                        int regel = regel(r.getLocation());
                        if (++elementen > MAXIMALE_ELEMENTEN) {
                            throw new OngeldigBerichtException(regel, "TE_GROOT", "meer dan " + MAXIMALE_ELEMENTEN
                                    + " elementen; dat is geen bericht van één cliënt");
                        }
                        if (open.size() >= MAXIMALE_DIEPTE) {
                            throw new OngeldigBerichtException(regel, "STRUCTUUR", "de elementen zijn dieper genest dan "
                                    + MAXIMALE_DIEPTE + " niveaus; geen bericht heeft dat");
                        }
                        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                        String naam = r.getLocalName();
                        if (open.isEmpty()) {
                            soort = Berichtsoort.metNamespace(ns);
                            if (soort == null || !naam.equals("Bericht")) {
                                throw new OngeldigBerichtException(regel, "NAMESPACE", wortelfout(naam, ns));
                            }
                        }
                        boolean basis;
                        if (ns.equals(soort.namespace())) {
                            basis = false;
                        } else if (ns.equals(soort.wet().basisNamespace())) {
                            basis = true;
                        } else {
                            throw new OngeldigBerichtException(regel, "NAMESPACE", "element " + Meldingtekst.schoon(naam)
                                    + " heeft namespace '" + Meldingtekst.schoon(ns) + "'; in een " + soort
                                    + " horen alleen " + soort.namespace() + " en " + soort.wet().basisNamespace());
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            if (!XSI.equals(r.getAttributeNamespace(i))) {
                                throw new OngeldigBerichtException(regel, "STRUCTUUR", "attribuut "
                                        + Meldingtekst.schoon(r.getAttributeLocalName(i)) + " is in een bericht niet toegestaan");
                            }
                        }
                        open.push(new Bouw(basis, naam, regel));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            Bouw b = open.peek();
                            if (b.tekst.length() + r.getTextLength() > MAXIMALE_TEKSTLENGTE) {
                                throw new OngeldigBerichtException(regel(r.getLocation()), "TE_GROOT", "de tekst van "
                                        + Meldingtekst.schoon(b.naam) + " is langer dan " + MAXIMALE_TEKSTLENGTE + " tekens");
                            }
                            b.tekst.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Bouw b = open.pop();
                        Knoop k = b.af();
                        if (open.isEmpty()) {
                            wortel = k;
                        } else {
                            open.peek().kinderen.add(k);
                        }
                    }
                    default -> {
                        // comments, processing instructions, the end of the document: nothing to keep
                    }
                }
            }
            if (wortel == null) {
                throw new OngeldigBerichtException(0, "ONLEESBAAR", "het bestand bevat geen bericht");
            }
            return new Gelezen(soort, wortel);
        } finally {
            r.close();
        }
    }

    private static String wortelfout(String naam, String ns) {
        if (ns.isEmpty()) {
            return "het element " + Meldingtekst.schoon(naam) + " heeft geen namespace; een bericht begint met "
                    + "Bericht in de namespace van zijn soort, zoals " + Berichtsoort.JW301.namespace();
        }
        if (Berichtsoort.metNamespace(ns) != null) {
            return "het bericht begint met " + Meldingtekst.schoon(naam) + " in plaats van Bericht";
        }
        return "onbekende namespace '" + Meldingtekst.schoon(ns) + "': geen iJw- of iWmo-3.2-bericht dat Indiceer kent "
                + "(301, 305, 307, 315, 317 of 319, zoals " + Berichtsoort.JW301.namespace() + ")";
    }

    private static int regel(Location l) {
        return l == null || l.getLineNumber() < 0 ? 0 : l.getLineNumber();
    }

    /** An element being read. */
    private static final class Bouw {
        final boolean basis;
        final String naam;
        final int regel;
        final StringBuilder tekst = new StringBuilder();
        final java.util.List<Knoop> kinderen = new java.util.ArrayList<>();

        Bouw(boolean basis, String naam, int regel) {
            this.basis = basis;
            this.naam = naam;
            this.regel = regel;
        }

        Knoop af() throws OngeldigBerichtException {
            String t = tekst.toString();
            if (!kinderen.isEmpty() && !t.isBlank()) {
                throw new OngeldigBerichtException(regel, "STRUCTUUR", "element " + Meldingtekst.schoon(naam)
                        + " bevat tekst naast elementen");
            }
            Knoop k = Knoop.gelezen(basis, naam, kinderen.isEmpty() ? t : null, regel);
            k.kinderen.addAll(kinderen);
            return k;
        }
    }
}
