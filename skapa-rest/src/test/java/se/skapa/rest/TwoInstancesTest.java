package se.skapa.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** Two SKAPA instances on one PostgreSQL, as behind a load balancer: nothing lives in one instance's memory. */
class TwoInstancesTest {

    @Test
    void the_same_version_corrected_through_both_instances_at_once_one_wins_the_other_gets_412() throws Exception {
        try (TestServer first = TestServer.stored(ServerConfig.forTests()); TestServer second = first.secondInstance()) {
            StoredModeTest.Org org = StoredModeTest.organisation(first, "ame-two");
            TestServer viaFirst = org.handledare();
            TestServer viaSecond = second.as(org.handledare().bearer());
            String id = viaFirst.post(org.at("/measurements"), StoredModeTest.self("p-1", "2025-03-01", "{\"job-belief\":1}"))
                    .json().get("id").asText();
            String at = org.at("/measurements/" + id);
            for (int version = 1; version <= 10; version++) {
                String etag = "\"" + version + "\"";
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<TestServer.Reply>> both = new ArrayList<>();
                int round = version;
                for (TestServer via : List.of(viaFirst, viaSecond)) {
                    int score = via == viaFirst ? 2 : 3;
                    both.add(CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return via.send("PUT", at, StoredModeTest.self("p-1", "2025-03-01", "{\"job-belief\":" + score + "}"), "If-Match", etag);
                    }));
                }
                List<Integer> statuses = both.stream().map(CompletableFuture::join).map(TestServer.Reply::status).sorted().toList();
                assertEquals(List.of(200, 412), statuses, "round " + round);
            }
            assertEquals(11, viaSecond.get(at + "/history").json().get("versions").size(), "ten winners, no lost or doubled version");
            // A key revoked through one instance stops working in the other at once.
            String keyId = org.handledareKeyId();
            assertEquals(204, org.admin().send("DELETE", org.at("/keys/" + keyId), null).status());
            assertEquals(401, viaSecond.get(at).status());
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
