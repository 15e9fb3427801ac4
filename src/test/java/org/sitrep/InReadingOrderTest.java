package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InReadingOrderTest {

    @Test
    void commitsRunInReadingOrderWhateverOrderTheyFinishIn() {
        InReadingOrder order = new InReadingOrder();
        List<Integer> ran = new ArrayList<>();
        order.done(2, () -> ran.add(2));
        order.done(1, () -> ran.add(1));
        assertEquals(List.of(), ran, "nothing runs before article 0 is done");
        order.done(0, () -> ran.add(0));
        assertEquals(List.of(0, 1, 2), ran);
        order.done(4, () -> ran.add(4));
        order.done(3, () -> ran.add(3));
        assertEquals(List.of(0, 1, 2, 3, 4), ran);
    }

    @Test
    void manyThreadsFinishingAtRandomStillCommitInOrder() throws InterruptedException {
        InReadingOrder order = new InReadingOrder();
        List<Integer> ran = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        int n = 2_000;
        for (int i = 0; i < n; i++) {
            int position = i;
            pool.execute(() -> {
                // Uneven work so that threads finish out of order.
                long spin = (position * 7919L) % 50_000;
                long sink = 0;
                for (long k = 0; k < spin; k++) {
                    sink += k ^ position;
                }
                if (sink == 42) {
                    Thread.yield();
                }
                order.done(position, () -> ran.add(position));
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        assertEquals(n, ran.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i, ran.get(i));
        }
    }
}
