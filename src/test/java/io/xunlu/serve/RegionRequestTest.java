package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.xunlu.Xunlu;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A request's region and the server's --region: the request's wins, a bad one is a 400 naming the candidates. */
final class RegionRequestTest {
    private static final String TEXT = "会议召开\\n会议在此召开，与会者讨论了有关工作。";
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(XunluServer.start(Xunlu.standard(),
                TestServer.config(1, 8, ServeConfig.DEFAULT_MAX_BODY, 60_000).withRegion("320600")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServersRegionStandsWhereTheRequestGivesNone() {
        TestServer.Reply reply = server.post("/api/extract", "application/json", "{\"text\":\"" + TEXT + "\"}");
        assertEquals(200, reply.status(), reply.body());
        assertEquals("320600", reply.json().path("articles").path(0).path("region").path("code").asText(), reply.body());
        assertEquals("option", reply.json().path("articles").path(0).path("region").path("basis").asText());
    }

    @Test
    void theRequestsRegionWins() {
        TestServer.Reply reply = server.post("/api/extract", "application/json",
                "{\"text\":\"" + TEXT + "\",\"region\":\"福州市\"}");
        assertEquals("350100", reply.json().path("articles").path(0).path("region").path("code").asText(), reply.body());
        TestServer.Reply query = server.post("/api/extract?region=350100", "text/plain; charset=UTF-8", "会议召开\n会议在此召开。");
        assertEquals("350100", query.json().path("articles").path(0).path("region").path("code").asText(), query.body());
    }

    @Test
    void aRegionSeveralDivisionsShareIsRefusedWithItsCandidates() {
        TestServer.Reply reply = server.post("/api/extract", "application/json",
                "{\"text\":\"" + TEXT + "\",\"region\":\"鼓楼区\"}");
        assertEquals(400, reply.status(), reply.body());
        assertEquals("request.bad_region", reply.errorCode(), reply.body());
        assertTrue(reply.body().contains("350102"), reply.body());
    }
}
