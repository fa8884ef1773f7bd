package com.recruitingscheduler.interview;

import com.recruitingscheduler.account.AdminAudit;
import com.recruitingscheduler.account.ApiKey;
import com.recruitingscheduler.support.Accounts;
import com.recruitingscheduler.support.Anonymous;
import com.recruitingscheduler.support.ApiKeyForEveryRequest;
import com.recruitingscheduler.support.Interviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every action records who took it: the interview keeps its creator, the history names the actor of each line (a
 * recruiter's e-mail, the API key by name, or the app for its own work), the interview page shows them, and account
 * and key administration is recorded on the admin page.
 */
@QuarkusTest
@Anonymous
class AuditTrailTest {

    private static RequestSpecification api(String key) {
        return given().header("Authorization", "Bearer " + key);
    }

    @Test
    void anApiKeyIsNamedAsTheCreatorAndEachLineOfTheHistoryNamesItsActor() {
        String name = "ATS production " + UUID.randomUUID().toString().substring(0, 6);
        String key = QuarkusTransaction.requiringNew().call(() -> ApiKey.create(name, "test").secret());
        String id = api(key).contentType("application/json").body(Interviews.request()).post("/api/interviews")
                .then().statusCode(202).extract().path("id");
        await().until(() -> api(key).get("/api/interviews/" + id).jsonPath().getString("nextStep") == null);
        assertThat(api(key).get("/api/interviews/" + id).jsonPath().getString("createdBy")).isEqualTo("api-key:" + name);

        api(ApiKeyForEveryRequest.KEY).contentType("application/json")
                .body(Map.of("start", Interviews.daysAhead(5).toString()))
                .patch("/api/interviews/" + id).then().statusCode(202);

        JsonPath history = api(key).get("/api/interviews/" + id + "/history").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> lines = history.getList("$");
        assertThat(lines.get(0)).containsEntry("step", "SCHEDULE").containsEntry("actor", "api-key:" + name);
        assertThat(lines).filteredOn(l -> "MOVE".equals(l.get("step"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("actor", "bootstrap-key"));
        assertThat(lines).filteredOn(l -> "CREATE_INTERVIEWER_EVENT".equals(l.get("step")))
                .allSatisfy(l -> assertThat(l).containsEntry("actor", "app"));
        assertThat(lines).allSatisfy(l -> assertThat(l.get("actor")).isNotNull());
    }

    @Test
    void aRecruiterWhoCancelsIsNamedOnTheInterviewPage() {
        String recruiter = Accounts.create(false);
        String session = Accounts.signIn(recruiter, Accounts.PASSWORD);
        String id = api(ApiKeyForEveryRequest.KEY).contentType("application/json").body(Interviews.request())
                .post("/api/interviews").then().statusCode(202).extract().path("id");
        Accounts.formFrom(session, "/interviews/" + id).post("/interviews/" + id + "/cancel").then().statusCode(303);

        Document page = Jsoup.parse(given().cookie("rs-session", session).get("/interviews/" + id).asString());
        assertThat(page.text()).contains("Scheduled by bootstrap-key");
        assertThat(page.select("table.steps tr").eachText()).anyMatch(row -> row.contains("Cancelled") && row.contains(recruiter));
        List<Map<String, Object>> lines = api(ApiKeyForEveryRequest.KEY).get("/api/interviews/" + id + "/history")
                .jsonPath().getList("$");
        assertThat(lines).filteredOn(l -> "CANCEL".equals(l.get("step"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("actor", recruiter));
    }

    @Test
    void accountAndKeyAdministrationIsRecordedWithTheAdmin() {
        String admin = Accounts.create(true);
        String session = Accounts.signIn(admin, Accounts.PASSWORD);
        String added = "added-" + UUID.randomUUID() + "@corp.example";
        Accounts.formFrom(session, "/admin/recruiters").formParam("email", added).formParam("name", "Added Person")
                .formParam("password", "a long enough password").post("/admin/recruiters").then().statusCode(303);
        long addedId = QuarkusTransaction.requiringNew().call(() -> com.recruitingscheduler.account.Recruiter.byEmail(added)
                .orElseThrow().id);
        Accounts.formFrom(session, "/admin/recruiters").post("/admin/recruiters/" + addedId + "/disable").then().statusCode(303);
        String keyName = "key-" + UUID.randomUUID();
        Accounts.formFrom(session, "/admin/api-keys").formParam("name", keyName).post("/admin/api-keys").then().statusCode(200);
        long keyId = QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>find("name", keyName).firstResult().id);
        Accounts.formFrom(session, "/admin/api-keys").post("/admin/api-keys/" + keyId + "/revoke").then().statusCode(303);

        List<AdminAudit> mine = QuarkusTransaction.requiringNew().call(() -> AdminAudit.<AdminAudit>list("actor", admin));
        assertThat(mine).extracting(a -> a.action).containsExactlyInAnyOrder("ACCOUNT_ADDED", "ACCOUNT_DISABLED",
                "KEY_CREATED", "KEY_REVOKED");
        assertThat(mine).allSatisfy(a -> assertThat(a.at).isNotNull());
        assertThat(mine).filteredOn(a -> a.action.startsWith("ACCOUNT")).allSatisfy(a -> assertThat(a.target).isEqualTo(added));
        String adminPage = Jsoup.parse(given().cookie("rs-session", session).get("/admin/recruiters").asString()).text();
        assertThat(adminPage).contains("Recent changes").contains("ACCOUNT_DISABLED").contains(added);
    }
}
