package nl.indiceer.berichten.xml;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.indiceer.berichten.Berichtsoort;

/**
 * Writes a message tree as text with StAX, as OP192 demands: UTF-8 (the caller encodes the returned text, no BOM), CR/LF
 * line ends, one element per line indented with tabs like the official examples.
 */
final class XmlSchrijver {

    private static final String REGELEINDE = "\r\n";
    private static final XMLOutputFactory FABRIEK = XMLOutputFactory.newFactory();

    private XmlSchrijver() {
    }

    static String schrijf(Berichtsoort soort, Knoop wortel) {
        StringWriter tekst = new StringWriter();
        try {
            XMLStreamWriter w = FABRIEK.createXMLStreamWriter(tekst);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters(REGELEINDE);
            w.writeStartElement(soort.prefix(), wortel.naam, soort.namespace());
            w.writeNamespace(soort.wet().standaard(), soort.wet().basisNamespace());
            w.writeNamespace(soort.prefix(), soort.namespace());
            kinderen(w, soort, wortel, 1);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            // Writing to a StringWriter cannot fail on I/O; this would be a fault in the tree itself.
            throw new IllegalStateException("bericht kan niet geschreven worden", e);
        }
        return tekst.append(REGELEINDE).toString();
    }

    private static void kinderen(XMLStreamWriter w, Berichtsoort soort, Knoop ouder, int diepte) throws XMLStreamException {
        for (Knoop k : ouder.kinderen) {
            w.writeCharacters(REGELEINDE + "\t".repeat(diepte));
            String prefix = k.basis ? soort.wet().standaard() : soort.prefix();
            String ns = k.basis ? soort.wet().basisNamespace() : soort.namespace();
            w.writeStartElement(prefix, k.naam, ns);
            if (k.kinderen.isEmpty()) {
                tekst(w, k.tekst == null ? "" : k.tekst);
            } else {
                kinderen(w, soort, k, diepte + 1);
                w.writeCharacters(REGELEINDE + "\t".repeat(diepte));
            }
            w.writeEndElement();
        }
        if (diepte == 1) {
            w.writeCharacters(REGELEINDE);
        }
    }

    /** Line ends inside a text (a Commentaar over several lines) are CR/LF too. */
    private static void tekst(XMLStreamWriter w, String s) throws XMLStreamException {
        String[] delen = s.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < delen.length; i++) {
            if (i > 0) {
                w.writeCharacters(REGELEINDE);
            }
            w.writeCharacters(delen[i]);
        }
    }
}
