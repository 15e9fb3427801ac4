package org.sitrep;

/** One CoreNLP pipeline for all integration tests in the JVM: loading it takes ~10 s and 1 GB. */
public final class SharedPipeline {

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.createDefault(Resolvers.loadDefault(), 2);
    }

    private SharedPipeline() {
    }

    public static Pipeline get() {
        return Holder.PIPELINE;
    }
}
