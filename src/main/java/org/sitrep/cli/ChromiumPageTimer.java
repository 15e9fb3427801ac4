package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads pages in a headless Chromium driven over the DevTools protocol (a WebSocket; no driver library) and
 * reads when each page said it was ready: the desk's script sets {@code data-ready} on the root element to its
 * {@code performance.now()} once the first view is drawn and its controls work.
 */
final class ChromiumPageTimer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    /** One page load: when the page was ready by its own clock (ms from navigation start), and by ours. */
    record Load(double readyMs, double wallMs) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final DevTools devtools;
    private final String session;

    private ChromiumPageTimer(Process process, Path profile, DevTools devtools, String session) {
        this.process = process;
        this.profile = profile;
        this.devtools = devtools;
        this.session = session;
    }

    /**
     * Starts Chromium with a fresh profile and opens one tab.
     *
     * @throws IllegalStateException when Chromium does not start or does not offer the DevTools endpoint
     */
    static ChromiumPageTimer launch(Path chromium, Duration timeout) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("sitrep-chromium");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=1366,768", "--user-data-dir=" + profile, "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> endpoint = new CompletableFuture<>();
        Thread drain = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        endpoint.complete(m.group(1));
                    }
                }
                endpoint.completeExceptionally(new IllegalStateException("chromium exited before it listened"));
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
        }, "chromium-stderr");
        drain.setDaemon(true);
        drain.start();
        try {
            String ws = endpoint.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            DevTools devtools = new DevTools();
            devtools.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .buildAsync(URI.create(ws), devtools).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String target = devtools.call(null, "Target.createTarget", obj("url", "about:blank"), timeout)
                    .path("targetId").asText();
            ObjectNode attach = obj("targetId", target);
            attach.put("flatten", true);
            String session = devtools.call(null, "Target.attachToTarget", attach, timeout).path("sessionId").asText();
            devtools.call(session, "Page.enable", obj(), timeout);
            devtools.call(session, "Network.enable", obj(), timeout);
            // Every load is a cold one: nothing comes from the browser's cache.
            ObjectNode noCache = obj();
            noCache.put("cacheDisabled", true);
            devtools.call(session, "Network.setCacheDisabled", noCache, timeout);
            return new ChromiumPageTimer(p, profile, devtools, session);
        } catch (Exception e) {
            p.destroyForcibly();
            deleteTree(profile);
            throw new IllegalStateException("cannot drive " + chromium + ": " + e.getMessage(), e);
        }
    }

    /** Navigates the tab to {@code url} and waits until the page says it is ready. */
    Load load(String url, Duration timeout) throws Exception {
        devtools.call(session, "Page.navigate", obj("url", "about:blank"), timeout);
        long start = System.nanoTime();
        devtools.call(session, "Page.navigate", obj("url", url), timeout);
        String check = "location.href === " + JSON.writeValueAsString(url)
                + " && document.documentElement.dataset.ready || ''";
        ObjectNode eval = obj("expression", check);
        eval.put("returnByValue", true);
        long deadline = start + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String ready = devtools.call(session, "Runtime.evaluate", eval, timeout).path("result").path("value").asText("");
            if (!ready.isEmpty()) {
                return new Load(Double.parseDouble(ready), (System.nanoTime() - start) / 1e6);
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException(url + " did not say it was ready within " + timeout.toSeconds() + " s");
    }

    private static ObjectNode obj(String... kv) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.put(kv[i], kv[i + 1]);
        }
        return o;
    }

    @Override
    public void close() {
        devtools.socket.abort();
        // Chromium's helper processes outlive the browser for a moment and keep writing to the profile.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle h : helpers) {
                h.onExit().get(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            helpers.forEach(ProcessHandle::destroyForcibly);
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary profile (or a file that vanished while it was walked) is harmless; the
            // benchmark's figures stand.
        }
    }

    /** The DevTools connection: commands out, each reply matched to its command by id. */
    private static final class DevTools implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private volatile WebSocket socket;

        JsonNode call(String sessionId, String method, ObjectNode params, Duration timeout) throws Exception {
            int id = ids.incrementAndGet();
            ObjectNode msg = obj();
            msg.put("id", id).put("method", method).set("params", params);
            if (sessionId != null) {
                msg.put("sessionId", sessionId);
            }
            CompletableFuture<JsonNode> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(JSON.writeValueAsString(msg), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode r = reply.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (r.has("error")) {
                throw new IllegalStateException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                String text = buffer.toString();
                buffer.setLength(0);
                try {
                    JsonNode n = JSON.readTree(text);
                    if (n.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                        if (f != null) {
                            f.complete(n);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("DevTools sent something that is not JSON", e);
                }
            }
            ws.request(1);
            return null;
        }
    }
}
