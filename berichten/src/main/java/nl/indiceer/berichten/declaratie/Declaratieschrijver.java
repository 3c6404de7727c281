package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.indiceer.berichten.Berichtsoort;

/**
 * Writes a 323 (as a provider would send it) in the order of its XSD: UTF-8 without BOM, CR/LF (OP192). For tests, the
 * generator of test sets and a provider's test environment; the municipality only reads 323s. Consecutive prestaties of
 * the same BSN share one Client element.
 */
public final class Declaratieschrijver {

    private static final String RE = "\r\n";
    private static final XMLOutputFactory FABRIEK = XMLOutputFactory.newFactory();

    private Declaratieschrijver() {
    }

    public static void schrijf(Declaratiekop kop, Iterable<GedeclareerdePrestatie> prestaties, OutputStream uit) throws IOException {
        Writer tekst = new OutputStreamWriter(uit, StandardCharsets.UTF_8);
        Berichtsoort s = kop.soort();
        try {
            XMLStreamWriter w = FABRIEK.createXMLStreamWriter(tekst);
            Schrijver x = new Schrijver(w, s);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters(RE);
            w.writeStartElement(s.prefix(), "Bericht", s.namespace());
            w.writeNamespace(s.wet().standaard(), s.wet().basisNamespace());
            w.writeNamespace(s.prefix(), s.namespace());
            x.start(1, "Header");
            x.waarde(2, "BerichtCode", s.berichtcode(), false);
            x.waarde(2, "BerichtVersie", Berichtsoort.BERICHTVERSIE, false);
            x.waarde(2, "BerichtSubversie", Berichtsoort.BERICHTSUBVERSIE, false);
            x.waarde(2, "Afzender", kop.afzender(), false);
            x.waarde(2, "Ontvanger", kop.ontvanger(), false);
            x.start(2, "BerichtIdentificatie");
            x.waarde(3, "Identificatie", kop.identificatie(), true);
            x.waarde(3, "Dagtekening", kop.dagtekening().toString(), true);
            x.einde(2);
            x.start(2, "XsdVersie");
            x.waarde(3, "BasisschemaXsdVersie", kop.xsdVersie().basisschema(), true);
            x.waarde(3, "BerichtXsdVersie", kop.xsdVersie().bericht(), true);
            x.einde(2);
            x.einde(1);
            x.start(1, "Declaratie");
            x.waarde(2, "DeclaratieNummer", kop.declaratieNummer(), false);
            x.start(2, "DeclaratiePeriode");
            x.waarde(3, "Begindatum", kop.periodeBegin().toString(), true);
            x.waarde(3, "Einddatum", kop.periodeEind().toString(), true);
            x.einde(2);
            x.waarde(2, "DeclaratieDagtekening", kop.declaratieDagtekening().toString(), false);
            x.start(2, "TotaalIngediendBedrag");
            x.waarde(3, "TotaalBedrag", Long.toString(kop.totaalBedrag()), true);
            x.waarde(3, "DebetCredit", kop.debetCredit(), true);
            x.einde(2);
            x.start(2, "Clienten");
            String client = null;
            for (GedeclareerdePrestatie p : prestaties) {
                if (!p.bsn().equals(client)) {
                    if (client != null) {
                        x.einde(4);
                        x.einde(3);
                    }
                    x.start(3, "Client");
                    x.waarde(4, "Bsn", p.bsn(), false);
                    x.start(4, "Prestaties");
                    client = p.bsn();
                }
                x.start(5, "Prestatie");
                x.start(6, "ProductReferentie");
                x.waarde(7, "ReferentieNummer", p.referentieNummer(), true);
                if (p.vorigReferentieNummer() != null) {
                    x.waarde(7, "VorigReferentieNummer", p.vorigReferentieNummer(), true);
                }
                x.einde(6);
                x.waarde(6, "ToewijzingNummer", Long.toString(p.toewijzingNummer()), false);
                x.waarde(6, "ProductCategorie", p.productCategorie(), false);
                x.waarde(6, "ProductCode", p.productCode(), false);
                x.start(6, "ProductPeriode");
                x.waarde(7, "Begindatum", p.begin().toString(), true);
                x.waarde(7, "Einddatum", p.eind().toString(), true);
                x.einde(6);
                x.waarde(6, "GeleverdVolume", Long.toString(p.geleverdVolume()), false);
                x.waarde(6, "Eenheid", p.eenheid(), false);
                if (p.productTarief() != null) {
                    x.waarde(6, "ProductTarief", Long.toString(p.productTarief()), false);
                }
                x.start(6, "IngediendBedrag");
                x.waarde(7, "Bedrag", Long.toString(p.bedrag()), true);
                x.waarde(7, "DebetCredit", p.debetCredit(), true);
                x.einde(6);
                x.einde(5);
            }
            if (client == null) {
                throw new IllegalArgumentException("een declaratie heeft ten minste één prestatie");
            }
            x.einde(4);
            x.einde(3);
            x.einde(2);
            x.einde(1);
            w.writeCharacters(RE);
            w.writeEndElement();
            w.writeEndDocument();
            w.writeCharacters(RE);
            w.close();
            tekst.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private record Schrijver(XMLStreamWriter w, Berichtsoort s) {

        void start(int diepte, String naam) throws XMLStreamException {
            w.writeCharacters(RE + "\t".repeat(diepte));
            w.writeStartElement(s.prefix(), naam, s.namespace());
        }

        void einde(int diepte) throws XMLStreamException {
            w.writeCharacters(RE + "\t".repeat(diepte));
            w.writeEndElement();
        }

        void waarde(int diepte, String naam, String waarde, boolean basis) throws XMLStreamException {
            w.writeCharacters(RE + "\t".repeat(diepte));
            if (basis) {
                w.writeStartElement(s.wet().standaard(), naam, s.wet().basisNamespace());
            } else {
                w.writeStartElement(s.prefix(), naam, s.namespace());
            }
            w.writeCharacters(waarde);
            w.writeEndElement();
        }
    }
}
