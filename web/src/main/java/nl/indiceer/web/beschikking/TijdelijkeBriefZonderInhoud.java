package nl.indiceer.web.beschikking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.web.client.Client;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY: a minimal valid one-page PDF that says only the decision's kenmerk, so that deciding, storing and
 * downloading can be built and tested before the real letter exists. The lead replaces this class by the brief
 * module's implementation of {@link Beschikkingsbrieven} (PDF/A-2, templates per municipality); delete it then.
 * No client data in it: the kenmerk is not personal.
 */
@Component
public class TijdelijkeBriefZonderInhoud implements Beschikkingsbrieven {

    @Override
    public byte[] brief(Beschikking beschikking, Aanvraag aanvraag, Uitkomst uitkomst, Client client) {
        String tekst = "Beschikking " + beschikking.kenmerk().replaceAll("[^0-9A-Za-z-]", "");
        String stroom = "BT /F1 12 Tf 72 770 Td (" + tekst + ") Tj ET";
        List<String> objecten = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + stroom.length() + " >>\nstream\n" + stroom + "\nendstream");
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        schrijf(uit, "%PDF-1.4\n");
        List<Integer> posities = new ArrayList<>();
        for (int i = 0; i < objecten.size(); i++) {
            posities.add(uit.size());
            schrijf(uit, (i + 1) + " 0 obj\n" + objecten.get(i) + "\nendobj\n");
        }
        int xref = uit.size();
        StringBuilder x = new StringBuilder("xref\n0 " + (objecten.size() + 1) + "\n0000000000 65535 f \n");
        for (int p : posities) {
            x.append(String.format("%010d 00000 n \n", p));
        }
        x.append("trailer\n<< /Size ").append(objecten.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        schrijf(uit, x.toString());
        return uit.toByteArray();
    }

    private static void schrijf(ByteArrayOutputStream uit, String s) {
        uit.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
