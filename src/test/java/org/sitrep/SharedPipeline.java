package org.sitrep;

/** One CoreNLP pipeline for all integration tests in the JVM: loading it takes ~10 s and 1 GB. */
public final class SharedPipeline {

    private static final class Holder {
        static final Resolvers RESOLVERS = Resolvers.loadDefault();
        static final Pipeline PIPELINE = Pipeline.createDefault(RESOLVERS, 2);
    }

    private SharedPipeline() {
    }

    public static Pipeline get() {
        return Holder.PIPELINE;
    }

    /** The actor and place tables the pipeline resolves with, for scoring places as {@code sitrep eval} does. */
    public static Resolvers resolvers() {
        return Holder.RESOLVERS;
    }
}
