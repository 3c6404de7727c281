package nl.indiceer.web.opslag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of a burst of saves loses no acknowledged save. The application runs as a separate JVM
 * (the test's classpath, {@code java nl.indiceer.web.IndiceerWebApplication}); a few threads save aanvragen with
 * {@code POST /api/aanvragen}; the process gets SIGKILL ({@link Process#destroyForcibly()} on Linux; checked by its
 * exit status 128 + 9) while saves are still in flight; it is started again on the same database, and every save
 * that got its 201 must be there with its content. Once on the embedded default (an H2 file under the working
 * directory, the JDBC URL of application.properties, unchanged) and once on PostgreSQL.
 */
class HardeStopTest {

    private static final String WACHTWOORD = "harde-stop-beheerder-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));
    private static final int DRADEN = 4;
    /** Acknowledged saves before the kill; the burst goes on while it happens. */
    private static final int VOOR_DE_KILL = 60;

    @TempDir
    Path map;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void h2BewaartElkeBevestigdeOpslagNaKillMin9() throws Exception {
        // no datasource settings: the default of application.properties, ./data/indiceer under the working directory
        burstKillEnHerstart(List.of());
        assertThat(map.resolve("data")).isDirectory();
    }

    @Test
    void postgreSqlBewaartElkeBevestigdeOpslagNaKillMin9() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database indiceer_hard");
            }
            burstKillEnHerstart(List.of("--spring.profiles.active=postgres",
                    "--INDICEER_DB_URL=" + postgres.getJdbcUrl("postgres", "indiceer_hard"), "--INDICEER_DB_GEBRUIKER=postgres"));
        }
    }

    private void burstKillEnHerstart(List<String> databank) throws Exception {
        String invoer = Files.readString(ROOT.resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"));
        Map<Long, String> bevestigd = new ConcurrentHashMap<>();
        AtomicInteger mislukt = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> onverwacht = new java.util.concurrent.atomic.AtomicReference<>();
        String token;
        long client;

        long t0 = System.nanoTime();
        long gestart;
        long burst;
        Process eerste = start(databank, 1);
        try {
            String adres = wachtTotKlaar(eerste, 1);
            gestart = System.nanoTime();
            String beheerder = token(adres, "beheerder", WACHTWOORD);
            verstuur(adres, "POST", "/api/gebruikers", beheerder, """
                    {"gebruikersnaam": "hard-consulent", "wachtwoord": "hard-consulent-wachtwoord", "rol": "consulent",
                     "gemeenten": ["0034"]}""", 201);
            token = token(adres, "hard-consulent", "hard-consulent-wachtwoord");
            client = verstuur(adres, "POST", "/api/clienten", token,
                    "{\"bsn\": \"111222333\", \"naam\": \"Harde Stop\", \"geboortedatum\": \"2013-04-12\"}", 201).get("id").asLong();

            burst = System.nanoTime();
            AtomicBoolean door = new AtomicBoolean(true);
            List<Thread> draden = new ArrayList<>();
            for (int d = 0; d < DRADEN; d++) {
                int draad = d;
                Thread t = new Thread(() -> {
                    for (int i = 0; door.get(); i++) {
                        String motivering = "draad " + draad + " opslag " + i;
                        String body = "{\"clientId\": " + client + ", \"invoer\": "
                                + invoer.replace("Gemiddeld 1 uur per week; minstens eens per maand afstemming met het systeem.", motivering) + "}";
                        try {
                            HttpResponse<String> r = http.send(verzoek(adres, "POST", "/api/aanvragen", token, body),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() == 201) {
                                bevestigd.put(JSON.readTree(r.body()).get("id").asLong(), motivering);
                            } else {
                                onverwacht.compareAndSet(null, "opslaan gaf " + r.statusCode() + ": " + r.body());
                                return;
                            }
                        } catch (IOException e) {
                            // the connection went with the process
                            mislukt.incrementAndGet();
                            return;
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "burst-" + d);
                t.start();
                draden.add(t);
            }
            long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (bevestigd.size() < VOOR_DE_KILL && System.nanoTime() < tot && eerste.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(bevestigd.size()).as("saves before the kill").isGreaterThanOrEqualTo(VOOR_DE_KILL);
            eerste.destroyForcibly();
            burst = System.nanoTime() - burst;
            assertThat(eerste.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(eerste.exitValue()).as("ended by SIGKILL (128 + 9)").isEqualTo(137);
            for (Thread t : draden) {
                t.join(20_000);
            }
            door.set(false);
            assertThat(onverwacht.get()).isNull();
            assertThat(mislukt.get()).as("saves were in flight when the process was killed").isPositive();
        } finally {
            eerste.destroyForcibly();
        }

        long t1 = System.nanoTime();
        Process tweede = start(databank, 2);
        try {
            String adres = wachtTotKlaar(tweede, 2);
            long herstart = System.nanoTime() - t1;
            List<Long> kwijt = new ArrayList<>();
            for (long id : bevestigd.keySet()) {
                if (http.send(verzoek(adres, "GET", "/api/aanvragen/" + id, token, null), HttpResponse.BodyHandlers.discarding())
                        .statusCode() != 200) {
                    kwijt.add(id);
                }
            }
            assertThat(kwijt).as("acknowledged saves (201) lost, of %d", bevestigd.size()).isEmpty();
            for (Map.Entry<Long, String> e : bevestigd.entrySet()) {
                JsonNode a = verstuur(adres, "GET", "/api/aanvragen/" + e.getKey(), token, null, 200);
                assertThat(a.at("/invoer/producten/0/motivering").asText()).as("aanvraag %d", e.getKey()).isEqualTo(e.getValue());
                assertThat(a.get("clientId").asLong()).isEqualTo(client);
                assertThat(a.get("versie").asInt()).isZero();
                assertThat(a.at("/resultaat/regeling_versie/sha256").asText()).isEqualTo(a.at("/regeling/hash").asText()).hasSize(64);
            }
            System.out.printf("kill -9 na %d bevestigde opslagen (%d onderweg) in %d ms: alle %d terug na de herstart "
                            + "(start %d ms, herstart %d ms)%n", bevestigd.size(), mislukt.get(), burst / 1_000_000,
                    bevestigd.size(), (gestart - t0) / 1_000_000, herstart / 1_000_000);
        } finally {
            tweede.destroy();
            if (!tweede.waitFor(20, TimeUnit.SECONDS)) {
                tweede.destroyForcibly();
            }
        }
    }

    private Process start(List<String> databank, int keer) throws IOException {
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "nl.indiceer.web.IndiceerWebApplication",
                "--server.port=0",
                "--indiceer.regelingen=" + System.getProperty("indiceer.regelingen"),
                "--indiceer.normenkaders=" + System.getProperty("indiceer.normenkaders"),
                "--indiceer.brieven=" + System.getProperty("indiceer.brieven")));
        opdracht.addAll(databank);
        ProcessBuilder pb = new ProcessBuilder(opdracht).directory(map.toFile()).redirectErrorStream(true)
                .redirectOutput(map.resolve("uitvoer-" + keer + ".txt").toFile());
        pb.environment().put("INDICEER_BEHEERDER_WACHTWOORD", WACHTWOORD);
        return pb.start();
    }

    /**
     * Waits for the start message, which comes when the application is ready (after the beheerder is made; the port
     * answers earlier), and takes the port from it.
     */
    private String wachtTotKlaar(Process p, int keer) throws Exception {
        Pattern klaar = Pattern.compile("Indiceer draait op (http://localhost:[0-9]+)/");
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < tot) {
            Matcher m = klaar.matcher(uitvoer(keer));
            if (m.find()) {
                return m.group(1);
            }
            if (!p.isAlive()) {
                throw new AssertionError("de applicatie stopte bij het starten:\n" + uitvoer(keer));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("de applicatie startte niet binnen 90 s:\n" + uitvoer(keer));
    }

    private String uitvoer(int keer) throws IOException {
        Path f = map.resolve("uitvoer-" + keer + ".txt");
        return Files.exists(f) ? Files.readString(f) : "";
    }

    private String token(String adres, String naam, String wachtwoord) throws Exception {
        return verstuur(adres, "POST", "/api/tokens", null,
                JSON.createObjectNode().put("gebruikersnaam", naam).put("wachtwoord", wachtwoord).toString(), 201)
                .get("token").asText();
    }

    private static HttpRequest verzoek(String adres, String methode, String pad, String token, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(adres + pad)).timeout(Duration.ofSeconds(20))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    private JsonNode verstuur(String adres, String methode, String pad, String token, String body, int verwacht) throws Exception {
        HttpResponse<String> r = http.send(verzoek(adres, methode, pad, token, body), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(methode + " " + pad + ": " + r.body()).isEqualTo(verwacht);
        return JSON.readTree(r.body());
    }
}
