package nl.indiceer.brief;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What the tests check of a PDF: veraPDF's verdict, and its text as PDFBox extracts it (white space normalised). */
final class Pdfcontrole {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Pdfcontrole() {
    }

    /** The rules of {@code flavour} the PDF breaks (rule id and message); empty when compliant. */
    static List<String> overtredingen(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult r = validator.validate(parser);
            List<String> fout = r.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            if (r.isCompliant() != fout.isEmpty()) {
                throw new AssertionError("veraPDF: compliant=" + r.isCompliant() + " met " + fout);
            }
            return fout;
        }
    }

    /** The text with every run of white space (line breaks too) as one space. */
    static String tekst(byte[] pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }
}
