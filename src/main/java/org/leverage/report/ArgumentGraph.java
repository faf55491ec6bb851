package org.leverage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.Fact;

/**
 * The argument of one assessment as a graph, for the reports that draw it ({@link HtmlReport},
 * {@link DotReport}): three columns, the input facts, Beijing's concerns, and the conclusions
 * (recommendations, then warnings), and an edge into every concern, recommendation and warning from each input
 * fact and each raised concern that its {@code because} chain mentions. An edge is {@linkplain Edge#direct()
 * direct} unless the same link also runs through a concern in between.
 *
 * <p>Facts are read from the chains' steps: an {@linkplain Fact.Input input fact} is a node of its own; a derived
 * fact of type {@code Concern} points at that concern, when it is raised. Other derived facts (the phase, say)
 * are steps of the reasoning, not nodes: the input facts they rest on appear in the same chain. An item never
 * links to itself.
 *
 * <p>Everything is in a fixed order, so the same assessment always gives the same graph: input facts sorted by
 * their text, concerns and conclusions in the assessment's order, edges by source, then target.
 */
final class ArgumentGraph {

    /** The three columns, left to right. */
    enum Column {
        FACTS("Input facts"),
        CONCERNS("Beijing's concerns"),
        CONCLUSIONS("Recommendations and warnings");

        private final String title;

        Column(String title) {
            this.title = title;
        }

        String title() {
            return title;
        }
    }

    /** What a node stands for, and the column it is drawn in. */
    enum Kind {
        FACT(Column.FACTS),
        CONCERN(Column.CONCERNS),
        RECOMMENDATION(Column.CONCLUSIONS),
        WARNING(Column.CONCLUSIONS);

        private final Column column;

        Kind(Column column) {
            this.column = column;
        }

        Column column() {
            return column;
        }

        /** {@code fact}, {@code concern}, {@code recommendation}, {@code warning}: for keys and classes. */
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Whether a concern is answered: every action that answers it in place, some of them, or none. A premise
     * and a residual risk are neither answered nor open (DOMAIN §3): nothing answers them.
     */
    enum Status {
        ANSWERED("answered", "answered"),
        IN_PART("answered in part", "in-part"),
        OPEN("open", "open"),
        PREMISE("premise", "premise"),
        RESIDUAL("residual risk", "residual");

        private final String words;
        private final String cssName;

        Status(String words, String cssName) {
            this.words = words;
            this.cssName = cssName;
        }

        /** {@code answered}, {@code answered in part}, {@code open}, {@code premise}, {@code residual risk}. */
        String words() {
            return words;
        }

        /** {@code answered}, {@code in-part}, {@code open}, {@code premise}, {@code residual}. */
        String cssName() {
            return cssName;
        }

        static Status of(Concern concern) {
            if (concern.premise()) {
                return PREMISE;
            }
            if (concern.residual()) {
                return RESIDUAL;
            }
            if (concern.answered()) {
                return ANSWERED;
            }
            return concern.answeredInPart() ? IN_PART : OPEN;
        }
    }

    /**
     * One node.
     *
     * @param kind    what it stands for
     * @param id      the item's id, or the fact's text ({@code path = value})
     * @param details the short lines drawn under the id: level and status, modality and addressee, sources
     * @param status  for a concern, whether it is answered; {@code null} for any other node
     * @param summary the item's one-line paraphrase with its sources, for a tooltip; "" for a fact
     */
    record Node(Kind kind, String id, List<String> details, Status status, String summary) {
        Node {
            Objects.requireNonNull(kind, "kind must not be null");
            Objects.requireNonNull(id, "id must not be null");
            details = List.copyOf(details);
            summary = summary == null ? "" : summary;
        }

        /** {@code concern:REFUGEE_FLOW}: unique in a graph, even should an analyst reuse an id across kinds. */
        String key() {
            return kind.label() + ":" + id;
        }

        Column column() {
            return kind.column();
        }
    }

    /**
     * An edge: {@code from} appears in the {@code because} chain of {@code to}.
     *
     * @param direct false when the link also runs through a concern between them: {@code from} is in the chain
     *               of a concern that is itself in the chain of {@code to} (the input facts under
     *               REFUGEE_FLOW reach COMMIT_REFUGEE_AID through it). Drawings show such links faintly.
     */
    record Edge(Node from, Node to, boolean direct) {
        Edge {
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(to, "to must not be null");
        }
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    private ArgumentGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
    }

    /** The graph of this assessment. */
    static ArgumentGraph of(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        // The concerns and conclusions by key, in drawing order, each with the chain that explains it.
        Map<String, Node> items = new LinkedHashMap<>();
        Map<String, List<Step>> chains = new LinkedHashMap<>();
        for (Concern c : assessment.concerns()) {
            add(items, chains, concernNode(c), c.because());
        }
        for (Recommendation r : assessment.recommendations()) {
            add(items, chains, recommendationNode(r), r.because());
        }
        for (Warning w : assessment.warnings()) {
            add(items, chains, warningNode(w), w.because());
        }

        Set<String> facts = new TreeSet<>();
        Map<String, Set<String>> sourcesOf = new LinkedHashMap<>();
        chains.forEach((target, chain) -> {
            Set<String> sources = new LinkedHashSet<>();
            for (Step step : chain) {
                for (Fact fact : step.facts()) {
                    if (fact instanceof Fact.Input input) {
                        facts.add(input.text());
                        sources.add(factNode(input.text()).key());
                    } else if (fact instanceof Fact.Derived derived && "Concern".equals(derived.type())) {
                        String concern = Kind.CONCERN.label() + ":" + derived.id();
                        if (items.containsKey(concern) && !concern.equals(target)) {
                            sources.add(concern);
                        }
                    }
                }
            }
            sourcesOf.put(target, sources);
        });

        Map<String, Node> byKey = new LinkedHashMap<>();
        facts.forEach(text -> byKey.put(factNode(text).key(), factNode(text)));
        byKey.putAll(items);
        List<Node> all = List.copyOf(byKey.values());
        Map<String, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            order.put(all.get(i).key(), i);
        }
        List<Edge> edges = new ArrayList<>();
        sourcesOf.forEach((to, from) -> from.forEach(key -> {
            boolean throughAConcern = from.stream().anyMatch(via -> !via.equals(key) && items.containsKey(via)
                    && byKey.get(via).kind() == Kind.CONCERN && sourcesOf.get(via).contains(key));
            edges.add(new Edge(byKey.get(key), byKey.get(to), !throughAConcern));
        }));
        edges.sort(Comparator.comparing((Edge e) -> order.get(e.from().key()))
                .thenComparing(e -> order.get(e.to().key())));
        return new ArgumentGraph(all, edges);
    }

    /** Adds an item and its chain, unless an item of that kind and id is already there (the first one wins). */
    private static void add(Map<String, Node> items, Map<String, List<Step>> chains, Node node, List<Step> chain) {
        if (items.putIfAbsent(node.key(), node) == null) {
            chains.put(node.key(), chain);
        }
    }

    /** Every node: the facts, then the concerns, then the conclusions. */
    List<Node> nodes() {
        return nodes;
    }

    /** The nodes of one column, top to bottom. */
    List<Node> column(Column column) {
        return nodes.stream().filter(n -> n.column() == column).toList();
    }

    /** Every edge, by source, then target. */
    List<Edge> edges() {
        return edges;
    }

    /** True when there is nothing to draw. */
    boolean isEmpty() {
        return nodes.isEmpty();
    }

    private static Node factNode(String text) {
        return new Node(Kind.FACT, text, List.of(), null, "");
    }

    private static Node concernNode(Concern c) {
        Status status = Status.of(c);
        List<String> details = new ArrayList<>();
        details.add((c.level() == null ? "-" : c.level().name()) + " · " + status.words());
        if (c.residual()) {
            details.add("Beijing is paid to accept it");
        }
        return new Node(Kind.CONCERN, c.id(), details, status, summary(c.summary(), c.sources()));
    }

    private static Node recommendationNode(Recommendation r) {
        List<String> details = new ArrayList<>();
        String strength = Wording.strength(r.modality(), r.addressee());
        if (!strength.isEmpty()) {
            details.add(strength);
        }
        if (!r.sources().isEmpty()) {
            details.add(Wording.sources(r.sources()));
        }
        return new Node(Kind.RECOMMENDATION, r.id(), details, null, summary(r.summary(), r.sources()));
    }

    private static Node warningNode(Warning w) {
        String details = "warning" + (w.sources().isEmpty() ? "" : " · " + Wording.sources(w.sources()));
        return new Node(Kind.WARNING, w.id(), List.of(details), null, summary(w.summary(), w.sources()));
    }

    private static String summary(String summary, List<String> sources) {
        String text = Text.oneLine(summary);
        return sources.isEmpty() ? text : text + " (" + Wording.sources(sources) + ")";
    }
}
