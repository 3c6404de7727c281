package nl.indiceer.berichten.xml;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.indiceer.berichten.Berichtsoort;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a message against the official XSD of its kind. The schemas are never part of this project: a deployment
 * points at the folder of the official iStandaarden material ({@code ijw/xsd/JW301.xsd}, {@code iwmo/xsd/WMO301.xsd})
 * with {@code INDICEER_ISTANDAARDEN} or {@code -Dindiceer.istandaarden}.
 */
public final class Schemacontrole {

    public static final String OMGEVINGSVARIABELE = "INDICEER_ISTANDAARDEN";
    public static final String SYSTEEMEIGENSCHAP = "indiceer.istandaarden";
    private static final int MAXIMALE_MELDINGEN = 20;

    private final Path map;
    private final Map<Berichtsoort, Schema> schemas = new ConcurrentHashMap<>();

    private Schemacontrole(Path map) {
        this.map = map;
    }

    /** The check with the schemas in this folder (the root holding {@code ijw/xsd} and {@code iwmo/xsd}). */
    public static Schemacontrole uit(Path map) {
        return new Schemacontrole(map);
    }

    /** The folder the setting names, or null when none is set. */
    public static Path ingesteldeMap() {
        String p = System.getProperty(SYSTEEMEIGENSCHAP);
        if (p == null || p.isBlank()) {
            p = System.getenv(OMGEVINGSVARIABELE);
        }
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    public Path map() {
        return map;
    }

    /** Where the schema of this kind is expected. */
    public Path xsd(Berichtsoort soort) {
        return map.resolve(soort.wet().standaard()).resolve("xsd").resolve(soort.xsd());
    }

    /** Whether the folder holds the schema of this kind. */
    public boolean heeftSchema(Berichtsoort soort) {
        return Files.isRegularFile(xsd(soort));
    }

    /**
     * The reasons this message does not meet its schema (at most 20), each with its line; empty when it does.
     *
     * @throws OngeldigBerichtException when the schema itself cannot be read (a deployment's setting is wrong)
     */
    public List<OngeldigBerichtException.Melding> controleer(Berichtsoort soort, byte[] bericht) throws OngeldigBerichtException {
        Schema schema = schema(soort);
        List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>();
        try {
            Validator v = schema.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // warnings do not make a message invalid
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    meldingen.add(melding(soort, e));
                    if (meldingen.size() >= MAXIMALE_MELDINGEN) {
                        throw e;
                    }
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    meldingen.add(melding(soort, e));
                    throw e;
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(bericht)));
        } catch (SAXException e) {
            if (meldingen.isEmpty()) {
                meldingen.add(new OngeldigBerichtException.Melding(0, "SCHEMA", "voldoet niet aan " + soort.xsd() + ": "
                        + Meldingtekst.schoon(e.getMessage())));
            }
        } catch (java.io.IOException e) {
            meldingen.add(new OngeldigBerichtException.Melding(0, "SCHEMA", "kan niet tegen " + soort.xsd()
                    + " gecontroleerd worden: " + Meldingtekst.schoon(e.getMessage())));
        }
        return meldingen;
    }

    private static OngeldigBerichtException.Melding melding(Berichtsoort soort, SAXParseException e) {
        return new OngeldigBerichtException.Melding(Math.max(0, e.getLineNumber()), "SCHEMA",
                "voldoet niet aan " + soort.xsd() + ": " + Meldingtekst.schoon(e.getMessage()));
    }

    private Schema schema(Berichtsoort soort) throws OngeldigBerichtException {
        Schema s = schemas.get(soort);
        if (s != null) {
            return s;
        }
        Path xsd = xsd(soort);
        if (!Files.isRegularFile(xsd)) {
            throw new OngeldigBerichtException(0, "SCHEMA", "het schema " + xsd + " bestaat niet; " + OMGEVINGSVARIABELE
                    + " moet de map met de officiële iStandaarden noemen (met ijw/xsd en iwmo/xsd)");
        }
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // "file": the message schema imports basisschema.xsd beside it; "" would refuse that import.
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            s = f.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new OngeldigBerichtException(0, "SCHEMA", "het schema " + xsd + " is onleesbaar: "
                    + Meldingtekst.schoon(e.getMessage()));
        }
        schemas.put(soort, s);
        return s;
    }
}
