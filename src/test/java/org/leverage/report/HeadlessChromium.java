package org.leverage.report;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol, in plain Java: started with a throw-away profile and
 * {@code --remote-debugging-port=0}, reached through the WebSocket address it prints on standard error, and
 * spoken to with {@link java.net.http.WebSocket} and Jackson. One instance is one browser; {@link #close()}
 * kills it (and the processes it started) and deletes the profile. Every wait is bounded.
 *
 * <p>Pages are opened as targets attached in flat mode, so one connection carries the browser's commands and
 * each page's, told apart by {@code sessionId}; each page keeps the events it receives, in order.
 */
final class HeadlessChromium implements AutoCloseable {

    /** The variable that names another browser; {@code bin/ensure-chromium} reads it too. */
    static final String BINARY_VARIABLE = "LEVERAGE_CHROMIUM";

    /**
     * The browser: {@code $LEVERAGE_CHROMIUM} when set, else {@code chromium} on the {@code PATH} (where Debian's
     * package puts it, and where {@code bin/ensure-chromium}, which the build runs before the tests, installs it).
     * Empty when there is none.
     */
    static Optional<Path> binary() {
        String named = System.getenv(BINARY_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(Path.of(named)).filter(HeadlessChromium::isProgram);
        }
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "chromium")).filter(HeadlessChromium::isProgram)
                .findFirst();
    }

    private static boolean isProgram(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final Path profile;
    private final List<String> stderr;
    private volatile WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, List<String> stderr) {
        this.process = process;
        this.profile = profile;
        this.stderr = stderr;
    }

    /**
     * Starts the browser. On failure nothing is left running and the profile is deleted.
     *
     * @throws IllegalStateException when the browser does not start or print its DevTools address in time
     */
    static HeadlessChromium start(Path binary) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("leverage-chromium-");
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--remote-allow-origins=*", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                // The browser went away; the wait below reports it.
            } finally {
                address.completeExceptionally(new IllegalStateException("chromium closed its standard error"));
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            String url = address.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            HeadlessChromium browser = new HeadlessChromium(process, profile, lines);
            browser.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(url), new Listener(browser::dispatch))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return browser;
        } catch (ExecutionException | TimeoutException e) {
            kill(process);
            deleteTree(profile);
            throw new IllegalStateException("chromium did not start within " + TIMEOUT.toSeconds()
                    + " s; it said:\n" + String.join("\n", lines), e);
        } catch (InterruptedException | RuntimeException e) {
            kill(process);
            deleteTree(profile);
            throw e;
        }
    }

    /** Opens a new blank page (a tab) with the Page, Runtime, Log and Network domains enabled. */
    Page newPage() throws Exception {
        String targetId = call(null, "Target.createTarget", params("url", "about:blank")).get("targetId").asText();
        ObjectNode attach = params("targetId", targetId);
        attach.put("flatten", true);
        String sessionId = call(null, "Target.attachToTarget", attach).get("sessionId").asText();
        Page page = new Page(sessionId);
        pages.put(sessionId, page);
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            page.call(domain + ".enable", JSON.createObjectNode());
        }
        return page;
    }

    /** One command; its result, or an {@link IllegalStateException} with the protocol's error. */
    private JsonNode call(String sessionId, String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", params);
        if (sessionId != null) {
            message.put("sessionId", sessionId);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer;
        try {
            answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + " got no answer within " + TIMEOUT.toSeconds() + " s", e);
        } finally {
            pending.remove(id);
        }
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.get("result");
    }

    private void dispatch(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else if (message.has("method") && message.has("sessionId")) {
            Page page = pages.get(message.get("sessionId").asText());
            if (page != null) {
                page.receive(message);
            }
        }
    }

    /** What the browser printed on standard error, for failure messages. */
    List<String> stderr() {
        return List.copyOf(stderr);
    }

    @Override
    public void close() {
        try {
            if (socket != null) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS);
            }
        } catch (RuntimeException e) {
            // The browser is being killed anyway.
        }
        if (socket != null) {
            socket.abort();
        }
        kill(process);
        deleteTree(profile);
    }

    /** Ends the browser and every process it started, by handle: politely, then forcibly, each bounded. */
    private static void kill(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static void deleteTree(Path root) {
        // The browser's last writes may race the first attempt.
        for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
            try (Stream<Path> paths = Files.walk(root)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Try again.
            }
            if (Files.exists(root)) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static ObjectNode params(String name, String value) {
        ObjectNode params = JSON.createObjectNode();
        params.put(name, value);
        return params;
    }

    static ObjectNode params() {
        return JSON.createObjectNode();
    }

    /** One page: commands to it, and the events it has received. */
    final class Page {
        private final String sessionId;
        private final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private final Object signal = new Object();

        private Page(String sessionId) {
            this.sessionId = sessionId;
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            return HeadlessChromium.this.call(sessionId, method, params);
        }

        /** Navigates and waits for the load event. */
        void navigate(URI url) throws Exception {
            int before = events.size();
            JsonNode result = call("Page.navigate", params("url", url.toString()));
            if (result.hasNonNull("errorText")) {
                throw new IllegalStateException("navigating to " + url + " failed: " + result.get("errorText"));
            }
            awaitEvent(before, e -> e.get("method").asText().equals("Page.loadEventFired"));
        }

        /** The value of a JavaScript expression evaluated in the page, as JSON. */
        JsonNode evaluate(String expression) throws Exception {
            ObjectNode params = params("expression", expression);
            params.put("returnByValue", true);
            JsonNode result = call("Runtime.evaluate", params);
            if (result.has("exceptionDetails")) {
                throw new IllegalStateException("evaluating failed: " + result.get("exceptionDetails"));
            }
            return result.get("result").get("value");
        }

        /** Every event so far with this method, in order. */
        List<JsonNode> events(String method) {
            List<JsonNode> found = new ArrayList<>();
            for (JsonNode event : events) {
                if (event.get("method").asText().equals(method)) {
                    found.add(event.get("params"));
                }
            }
            return found;
        }

        private void receive(JsonNode event) {
            events.add(event);
            synchronized (signal) {
                signal.notifyAll();
            }
        }

        private void awaitEvent(int from, Predicate<JsonNode> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            synchronized (signal) {
                while (true) {
                    for (int i = from; i < events.size(); i++) {
                        if (wanted.test(events.get(i))) {
                            return;
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new IllegalStateException("no load event within " + TIMEOUT.toSeconds() + " s");
                    }
                    signal.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                }
            }
        }
    }

    /** Joins the parts of each text message and hands it on; asks for the next one only when done. */
    private static final class Listener implements WebSocket.Listener {
        private final java.util.function.Consumer<String> handler;
        private final StringBuilder partial = new StringBuilder();

        Listener(java.util.function.Consumer<String> handler) {
            this.handler = handler;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                handler.accept(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
