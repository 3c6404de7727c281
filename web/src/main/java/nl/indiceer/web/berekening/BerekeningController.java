package nl.indiceer.web.berekening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * {@code POST /api/berekening}: the command line's {@code bereken --formaat json} over HTTP. Takes exactly
 * the request JSON of docs/aanvraag-formaat.md and answers exactly the result JSON of the command line
 * ({@link UitkomstJson#schrijf}). A result with FOUT findings is still a result: 200. Invalid input is
 * a 400 problem with the path of every wrong field (see {@code nl.indiceer.web.fout.Foutafhandeling}).
 */
@RestController
public class BerekeningController {

    /** The same limit as the command line's input file. */
    public static final int MAXIMALE_GROOTTE = JsonVelden.MAXIMALE_GROOTTE;

    private final RegelingenInWerking motor;

    public BerekeningController(RegelingenInWerking motor) {
        this.motor = motor;
    }

    @PostMapping(value = "/api/berekening", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public String bereken(InputStream body) throws IOException {
        Aanvraag aanvraag = AanvraagLezer.lees(tekst(body));
        return UitkomstJson.schrijf(motor.motor().bereken(aanvraag));
    }

    /** The body as UTF-8 text, read no further than the limit. */
    public static String tekst(InputStream body) throws IOException {
        byte[] inhoud = body.readNBytes(MAXIMALE_GROOTTE + 1);
        if (inhoud.length > MAXIMALE_GROOTTE) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "AANVRAAG_TE_GROOT", "Aanvraag te groot",
                    "de aanvraag is groter dan " + MAXIMALE_GROOTTE / (1024 * 1024) + " MB, de grens voor een aanvraag");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "GEEN_UTF8", "Ongeldige tekens",
                    "de aanvraag is geen geldige UTF-8-tekst");
        }
    }
}
