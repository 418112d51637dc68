package io.berth.ui.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.berth.ui.support.Api;
import io.berth.ui.support.TestEnvironment;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The same project created by many requests at once: one wins, every other is told it exists
 * (409), whether the early check saw the winner or the insert lost the race on the unique key;
 * never a 500.
 */
@QuarkusTest
@QuarkusTestResource(TestEnvironment.class)
class ProjectRaceTest {

    @Test
    void concurrentCreationsOfOneNameGiveOneProjectAndConflicts() throws Exception {
        int clients = 12;
        for (int round = 0; round < 5; round++) {
            String name = "race-" + round + "-" + System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.as("alice").contentType("application/json")
                            .body("{\"project_name\":\"" + name + "\",\"metadata\":{\"public\":\"false\"}}")
                            .post("/api/v2.0/projects").statusCode();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> a : answers) {
                statuses.merge(a.get(), 1, Integer::sum);
            }
            pool.shutdown();
            assertEquals(Map.of(201, 1, 409, clients - 1), statuses, name);
        }
    }
}
