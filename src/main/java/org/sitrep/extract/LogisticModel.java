package org.sitrep.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Mention;

/**
 * A binary logistic model over named features, read from a table of weights: the shipped one keeps actorless events
 * ({@link ActorlessJudge}). The table is written by {@code sitrep train-actorless}; lines are
 * {@code feature<TAB>weight}, one {@code #threshold<TAB>p} line gives the probability at and above which an event is kept, other {@code #}
 * lines are notes.
 */
public final class LogisticModel implements ActorlessJudge {

    /** The feature every event has: the model's intercept. */
    public static final String BIAS = "bias";
    private static final String THRESHOLD = "#threshold";
    private static final String DEFAULT_RESOURCE = "/model/actorless.tsv";

    private final Map<String, Double> weights;
    private final double threshold;

    public LogisticModel(Map<String, Double> weights, double threshold) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must lie between 0 and 1, not " + threshold);
        }
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** The shipped model (model/actorless.tsv). */
    public static LogisticModel loadDefault() {
        InputStream in = LogisticModel.class.getResourceAsStream(DEFAULT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("resource " + DEFAULT_RESOURCE + " is missing from the build");
        }
        return read(in, DEFAULT_RESOURCE);
    }

    /** @param name where the table came from, for error messages */
    public static LogisticModel read(InputStream in, String name) {
        Map<String, Double> weights = new HashMap<>();
        Double threshold = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") && !line.startsWith(THRESHOLD + "\t")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new IllegalArgumentException(name + " line " + n + ": expected feature<TAB>weight");
                }
                try {
                    double value = Double.parseDouble(cols[1]);
                    if (cols[0].equals(THRESHOLD)) {
                        threshold = value;
                    } else {
                        weights.put(cols[0], value);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " line " + n + ": '" + cols[1] + "' is no number", e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        if (threshold == null) {
            throw new IllegalArgumentException(name + ": no " + THRESHOLD + " line");
        }
        return new LogisticModel(weights, threshold);
    }

    /** The probability that an event with these features is one the gold codes; unknown features weigh nothing. */
    public double probability(List<String> features) {
        double sum = weights.getOrDefault(BIAS, 0.0);
        for (String f : features) {
            sum += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-sum));
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public boolean keeps(Mention mention, List<String> features) {
        return probability(features) >= threshold;
    }
}
