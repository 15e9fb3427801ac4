package org.sitrep.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.cluster.Cluster;
import org.sitrep.cluster.Clusterer;
import org.sitrep.cluster.MentionRecord;
import org.sitrep.cluster.SyntheticCorpus;
import org.sitrep.eval.ClusterScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clusters", description = "Measure clustering on synthetic mentions with known truth: speed, "
        + "memory and B-cubed precision and recall.")
final class ClusterBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--mentions", description = "synthetic mentions to cluster (default: ${DEFAULT-VALUE})")
    int mentions = 1_000_000;

    @Option(names = "--seed", description = "seed of the synthetic corpus (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Override
    public Integer call() {
        if (mentions < 1) {
            throw new UserInputException("--mentions must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        long g0 = System.nanoTime();
        SyntheticCorpus.Corpus corpus = SyntheticCorpus.loadDefault().generate(mentions, seed);
        out.printf("generated %,d mentions of %,d events in %.1f s (seed %d)%n", corpus.mentions().size(),
                corpus.events(), (System.nanoTime() - g0) / 1e9, seed);
        out.flush();

        resetPeaks();
        long c0 = System.nanoTime();
        List<Cluster> clusters = new Clusterer().clusterAll(corpus.mentions());
        double wall = (System.nanoTime() - c0) / 1e9;
        long peak = peakHeapMb();

        Map<MentionRecord, Integer> index = new IdentityHashMap<>(corpus.mentions().size() * 2);
        for (int i = 0; i < corpus.mentions().size(); i++) {
            index.put(corpus.mentions().get(i), i);
        }
        int[] predicted = new int[corpus.mentions().size()];
        for (int c = 0; c < clusters.size(); c++) {
            for (MentionRecord m : clusters.get(c).members()) {
                predicted[index.get(m)] = c;
            }
        }
        double[] pr = ClusterScore.bcubed(predicted, corpus.truth());
        double f1 = pr[0] + pr[1] == 0 ? 0 : 2 * pr[0] * pr[1] / (pr[0] + pr[1]);
        out.printf("clustered in %.1f s on %d cores: %,.0f mentions/s, %,d events found (truth: %,d)%n", wall,
                Runtime.getRuntime().availableProcessors(), corpus.mentions().size() / wall, clusters.size(),
                corpus.events());
        out.printf("peak heap while clustering %,d MB (max %,d MB)%n", peak, Runtime.getRuntime().maxMemory() >> 20);
        out.printf("B-cubed against the generator's truth: precision %.3f, recall %.3f, F1 %.3f%n", pr[0], pr[1], f1);
        out.flush();
        return 0;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
