package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteSearch;
import org.sitrep.store.SqliteStore;
import org.sitrep.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "web", description = "Measure the desk on a database of synthetic events: /api/events list queries "
        + "over HTTP on loopback (p50/p95 per query; target p95 < 50 ms) and the page's time to interactive in "
        + "headless Chromium (target < 1 s).")
final class WebBenchCommand implements Callable<Integer> {
    static final double LIST_TARGET_MS = 50;
    static final double PAGE_TARGET_MS = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", description = "synthetic events in the database (default: ${DEFAULT-VALUE})")
    int events = 100_000;

    @Option(names = "--db", paramLabel = "FILE", description = "reuse or keep the synthetic database here "
            + "(default: a temporary file); an existing file is used as it is")
    Path db;

    @Option(names = "--rounds", description = "times each list query is sent, after one warm-up round "
            + "(default: ${DEFAULT-VALUE})")
    int rounds = 20;

    @Option(names = "--page-loads", description = "cold page loads in Chromium (default: ${DEFAULT-VALUE}; 0 skips)")
    int pageLoads = 5;

    @Option(names = "--chromium", paramLabel = "PATH", description = "Chromium to drive (default: ${DEFAULT-VALUE})")
    Path chromium = Path.of("/usr/bin/chromium");

    @Option(names = "--seed", description = "seed of the synthetic record (default: ${DEFAULT-VALUE})")
    long seed = 20_240_826L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CPU_TIMING = Pattern.compile("cpu;dur=([0-9.]+)");

    /** List queries an analyst's page sends: filters alone and combined, both orders, deep pages. */
    private static final Map<String, String> QUERIES = queries();

    private static Map<String, String> queries() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("newest page", "sort=-date&limit=50");
        q.put("oldest, page 20", "sort=date&limit=50&offset=950");
        q.put("deep page (offset 50,000)", "sort=-date&limit=50&offset=50000");
        q.put("type", "type=ASSAULT&sort=-date&limit=50");
        q.put("rare type", "type=PROTEST&sort=-date&limit=50");
        q.put("two types", "type=CONSULT,AID&sort=-date&limit=50");
        q.put("month", "from=2024-08-01&to=2024-08-31&sort=-date&limit=50");
        q.put("actor id", "actor=UKR&sort=-date&limit=50");
        q.put("rare actor", "actor=PRK&sort=-date&limit=50");
        q.put("place", "place=Kharkiv&sort=-date&limit=50");
        q.put("country", "country=RU&sort=-date&limit=50");
        q.put("factuality", "factuality=future&sort=-date&limit=50");
        q.put("text", "text=shot%20down&sort=-date&limit=50");
        q.put("combined", "type=ASSAULT&country=UA&from=2023-01-01&to=2023-12-31&factuality=reported,historical"
                + "&sort=-date&limit=50&offset=100");
        q.put("page of 200", "sort=-date&limit=200");
        return q;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (events < 1) {
            throw new UserInputException("--events must be at least 1");
        }
        Path file = db != null ? db : Files.createTempDirectory("sitrep-bench-web").resolve("web.db");
        boolean reuse = Files.isRegularFile(file);
        try (EventStore store = SqliteStore.open(file)) {
            if (reuse) {
                out.printf("database: %s (reused: %,d events)%n", file, store.stats().events());
            } else {
                long t0 = System.nanoTime();
                int articles = new SyntheticRecord(seed).fill(store, events, n -> { });
                out.printf("database: %s, %,d synthetic events (%,d articles, merged by the store) built in %.1f s%n",
                        file, store.stats().events(), articles, (System.nanoTime() - t0) / 1e9);
            }
            out.flush();
            try (SqliteSearch search = SqliteSearch.open(file);
                 WebServer server = WebServer.start(store, search, "127.0.0.1", 0)) {
                String base = "http://127.0.0.1:" + server.port();
                out.printf("%nload average while measuring: %s (2 cores here; figures are wall-clock)%n", loadAverage());
                double listP95 = measure(base, "/api/events", false, out);
                measure(base, "/api/count", true, out);
                boolean listOk = listP95 < LIST_TARGET_MS;
                boolean pageOk = page(base, out);
                out.println();
                out.printf("targets: list queries p95 < %.0f ms: %s; page interactive < %.0f ms: %s%n",
                        LIST_TARGET_MS, listOk ? "met" : "MISSED", PAGE_TARGET_MS,
                        pageLoads == 0 || !Files.isExecutable(chromium) ? "not measured" : pageOk ? "met" : "MISSED");
            }
        }
        out.flush();
        return 0;
    }

    /**
     * Sends every query to {@code path} {@code rounds} times and prints the figures; returns the p95 of all.
     * For /api/count only the filters are sent: paging and order do not apply to a count.
     */
    private double measure(String base, String path, boolean filtersOnly, PrintWriter out) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        out.printf("%n%s over HTTP, %d rounds of %d queries (after one warm-up round)%n", path, rounds,
                QUERIES.size());
        out.printf("  %-28s %8s %8s %8s %9s %10s%n", "query", "p50 ms", "p95 ms", "max ms", filtersOnly ? "total" : "events",
                "server CPU");
        List<Double> all = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        Map<String, List<Double>> per = new LinkedHashMap<>();
        for (int round = -1; round < rounds; round++) {
            for (Map.Entry<String, String> q : QUERIES.entrySet()) {
                String query = filtersOnly ? q.getValue().replaceAll("&?(sort|limit|offset)=[^&]*", "")
                        .replaceFirst("^&", "") : q.getValue();
                HttpRequest req = HttpRequest.newBuilder(URI.create(base + path + "?" + query))
                        .timeout(Duration.ofSeconds(30)).build();
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                double ms = (System.nanoTime() - t0) / 1e6;
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(q.getKey() + ": HTTP " + r.statusCode() + " " + r.body());
                }
                if (round >= 0) {
                    all.add(ms);
                    per.computeIfAbsent(q.getKey(), k -> new ArrayList<>()).add(ms);
                    double cpu = serverCpu(r);
                    cpus.add(cpu);
                    per.computeIfAbsent(q.getKey() + "#cpu", k -> new ArrayList<>()).add(cpu);
                }
                if (round == 0) {
                    JsonNode body = JSON.readTree(r.body());
                    per.computeIfAbsent(q.getKey() + "#n", k -> new ArrayList<>()).add(filtersOnly
                            ? body.get("total").asDouble() : body.get("events").size());
                }
            }
        }
        for (String name : QUERIES.keySet()) {
            double[] v = sorted(per.get(name));
            double[] c = sorted(per.get(name + "#cpu"));
            out.printf("  %-28s %8.1f %8.1f %8.1f %,9d %10.1f%n", name, pct(v, 50), pct(v, 95), v[v.length - 1],
                    per.get(name + "#n").get(0).longValue(), pct(c, 95));
        }
        double[] v = sorted(all);
        double[] c = sorted(cpus);
        out.printf("  %-28s %8.1f %8.1f %8.1f %9s %10.1f%n", "all " + v.length + " requests", pct(v, 50), pct(v, 95),
                v[v.length - 1], "", pct(c, 95));
        out.println("  (server CPU: p95 of the CPU time the server spent on a request, from its Server-Timing header)");
        out.flush();
        return pct(v, 95);
    }

    private boolean page(String base, PrintWriter out) throws Exception {
        if (pageLoads == 0) {
            return true;
        }
        if (!Files.isExecutable(chromium)) {
            out.printf("%npage: not measured, no Chromium at %s (tools/setup-browser.sh installs Debian's)%n", chromium);
            return false;
        }
        out.printf("%npage in headless Chromium, %d cold loads of %s/ (ready = first view drawn, controls live)%n",
                pageLoads, base);
        List<Double> ready = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        try (ChromiumPageTimer timer = ChromiumPageTimer.launch(chromium, Duration.ofSeconds(30))) {
            timer.load(base + "/", Duration.ofSeconds(30));
            for (int i = 0; i < pageLoads; i++) {
                ChromiumPageTimer.Load l = timer.load(base + "/#/?n=" + i, Duration.ofSeconds(30));
                ready.add(l.readyMs());
                wall.add(l.wallMs());
            }
        }
        double[] r = sorted(ready);
        double[] w = sorted(wall);
        out.printf("  interactive (page's clock): median %.0f ms, max %.0f ms%n", pct(r, 50), r[r.length - 1]);
        out.printf("  navigation to ready (ours): median %.0f ms, max %.0f ms%n", pct(w, 50), w[w.length - 1]);
        out.flush();
        return r[r.length - 1] < PAGE_TARGET_MS;
    }

    private static double serverCpu(HttpResponse<String> r) {
        String timing = r.headers().firstValue("Server-Timing").orElse("");
        Matcher m = CPU_TIMING.matcher(timing);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double[] sorted(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }

    /** Nearest-rank percentile. */
    private static double pct(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
