package org.sitrep.eval;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.extract.ActorlessJudge;
import org.sitrep.extract.LogisticModel;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Span;

/**
 * Trains the model that keeps events with no actor ({@link LogisticModel}) from a gold file: every such event the
 * rules would drop is a candidate, a positive one when it finds a gold event of its type, in its sentence, that the
 * rules' own events missed. L2-regularised logistic regression (CoreNLP's {@link LinearClassifierFactory}), and
 * cross-validation by article to choose the threshold honestly.
 */
public final class ActorlessTraining {

    private static final String KEEP = "keep";
    private static final String DROP = "drop";

    /** An event the rules would drop, what it was read as, and whether the gold codes it. */
    public record Candidate(String doc, Mention mention, List<String> features, boolean positive) {
    }

    /** How many candidates a threshold keeps in cross-validation, and how many of them the gold codes. */
    public record Kept(double threshold, int kept, int correct) {
        public double precision() {
            return kept == 0 ? 0 : (double) correct / kept;
        }
    }

    private final Map<String, List<String>> recorded = new ConcurrentHashMap<>();

    /** The judge to extract with while collecting: it keeps every candidate and notes its features. */
    public ActorlessJudge recorder() {
        return (mention, features) -> {
            recorded.put(key(mention), List.copyOf(features));
            return true;
        };
    }

    /** True if the mention is one the recorder kept. */
    public boolean isCandidate(Mention m) {
        return recorded.containsKey(key(m));
    }

    private static String key(Mention m) {
        int cue = m.evidence().highlights().stream().filter(h -> "cue".equals(h.label())).mapToInt(Span::start)
                .findFirst().orElse(-1);
        return m.evidence().doc() + "\t" + m.evidence().start() + "\t" + m.type() + "\t" + cue;
    }

    /**
     * Labels the candidates among the mentions extracted with {@link #recorder()}.
     *
     * @param mentions every mention extracted, by document
     * @param texts    article text by document
     */
    public List<Candidate> label(List<GoldEvent> gold, Map<String, List<Mention>> mentions, Map<String, String> texts) {
        Map<String, List<Event>> rules = new HashMap<>();
        List<Mention> candidates = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            List<Event> events = new ArrayList<>();
            for (Mention m : e.getValue()) {
                if (isCandidate(m)) {
                    candidates.add(m);
                } else {
                    events.add(Event.of(e.getKey() + "#" + events.size(), m));
                }
            }
            rules.put(e.getKey(), events);
        }
        Evaluator.Report report = new Evaluator().score(gold, rules, texts);
        List<GoldEvent> unfound = new ArrayList<>(report.misses());
        report.errors().stream().filter(f -> "type".equals(f.field())).map(Evaluator.FieldError::gold)
                .forEach(unfound::add);
        // Where each unfound gold event's evidence lies in its own article, found once.
        Map<GoldEvent, Integer> at = new HashMap<>();
        unfound.forEach(g -> at.put(g, texts.getOrDefault(g.doc(), "").indexOf(g.evidence())));
        Set<GoldEvent> taken = new HashSet<>();
        List<Candidate> out = new ArrayList<>();
        candidates.sort((a, b) -> a.evidence().doc().equals(b.evidence().doc())
                ? a.evidence().start() - b.evidence().start() : a.evidence().doc().compareTo(b.evidence().doc()));
        for (Mention m : candidates) {
            GoldEvent match = null;
            for (GoldEvent g : unfound) {
                if (!taken.contains(g) && g.doc().equals(m.evidence().doc()) && g.type().equals(m.type().name())
                        && at.get(g) >= m.evidence().start() && at.get(g) < m.evidence().end()) {
                    match = g;
                    break;
                }
            }
            if (match != null) {
                taken.add(match);
            }
            out.add(new Candidate(m.evidence().doc(), m, recorded.get(key(m)), match != null));
        }
        return out;
    }

    /** Trains on the candidates; {@code sigma} is the Gaussian prior's width (smaller: weights held nearer 0). */
    public static Map<String, Double> train(List<Candidate> candidates, double sigma) {
        Dataset<String, String> data = new Dataset<>();
        for (Candidate c : candidates) {
            List<String> features = new ArrayList<>(c.features());
            features.add(LogisticModel.BIAS);
            data.add(new BasicDatum<>(features, c.positive() ? KEEP : DROP));
        }
        LinearClassifierFactory<String, String> factory = new LinearClassifierFactory<>();
        factory.setSigma(sigma);
        factory.setVerbose(false);
        LinearClassifier<String, String> classifier = factory.trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Counter<String> keep = byLabel.get(KEEP);
        Counter<String> drop = byLabel.get(DROP);
        Map<String, Double> out = new TreeMap<>();
        for (String f : keep.keySet()) {
            double w = keep.getCount(f) - (drop == null ? 0 : drop.getCount(f));
            if (w != 0) {
                out.put(f, w);
            }
        }
        return out;
    }

    /**
     * Each candidate's probability from a model trained on the other folds' articles (articles are dealt to folds in
     * turn, sorted by name).
     */
    public static Map<Candidate, Double> crossValidate(List<Candidate> candidates, int folds, double sigma) {
        List<String> docs = candidates.stream().map(Candidate::doc).distinct().sorted().toList();
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            foldOf.put(docs.get(i), i % folds);
        }
        Map<Candidate, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < folds; k++) {
            int fold = k;
            List<Candidate> train = candidates.stream().filter(c -> foldOf.get(c.doc()) != fold).toList();
            if (train.stream().noneMatch(Candidate::positive) || train.stream().allMatch(Candidate::positive)) {
                continue;
            }
            LogisticModel model = new LogisticModel(train(train, sigma), 0.5);
            candidates.stream().filter(c -> foldOf.get(c.doc()) == fold)
                    .forEach(c -> out.put(c, model.probability(c.features())));
        }
        return out;
    }

    /** What each threshold keeps of the cross-validated probabilities. */
    public static List<Kept> sweep(Map<Candidate, Double> probabilities, List<Double> thresholds) {
        List<Kept> out = new ArrayList<>();
        for (double t : thresholds) {
            int kept = 0;
            int correct = 0;
            for (Map.Entry<Candidate, Double> e : probabilities.entrySet()) {
                if (e.getValue() >= t) {
                    kept++;
                    correct += e.getKey().positive() ? 1 : 0;
                }
            }
            out.add(new Kept(t, kept, correct));
        }
        return out;
    }
}
