package com.recruitingscheduler.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document a client generator reads (issue 13): typed request and response bodies, the real status
 * codes with problem bodies, HTTP bearer security; and Swagger UI, which must run under its own content policy.
 */
@QuarkusTest
class ApiDescriptionTest {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    private JsonPath document() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    private List<String> codes(String path, String method) {
        Map<String, Object> responses = document().getMap("paths.'" + path + "'." + method + ".responses");
        assertThat(responses).as(method + " " + path).isNotNull();
        return responses.keySet().stream().sorted().toList();
    }

    @Test
    void securityIsAnHttpBearerKeyOnEveryOperation() {
        JsonPath document = document();
        assertThat(document.getMap("components.securitySchemes")).as("one scheme, no api-key header").hasSize(1);
        assertThat(document.getString("components.securitySchemes.bearer.type")).isEqualTo("http");
        assertThat(document.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(document.getList("security", Map.class)).singleElement()
                .satisfies(requirement -> assertThat(requirement).containsOnlyKeys("bearer"));
    }

    @Test
    void requestBodiesAreTypedNotStrings() {
        assertThat(document().getString("paths.'/api/interviews'.post.requestBody.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/NewInterview");
        assertThat(document().getString("paths.'/api/interviews/{id}'.patch.requestBody.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/InterviewChanges");
        assertThat(document().getMap("components.schemas.NewInterview.properties"))
                .containsKeys("title", "candidate", "interviewers", "start", "durationMinutes", "candidateChooses", "pool");
        assertThat(document().getString("components.schemas.NewInterview.properties.durationMinutes.type")).isEqualTo("integer");
        assertThat(document().getMap("components.schemas.InterviewChanges.properties")).containsKeys("start", "durationMinutes", "title", "interviewerNotes", "interviewers");
    }

    @Test
    void eachOperationNamesItsRealStatusCodes() {
        assertThat(codes("/api/interviews", "post")).containsExactly("202", "400", "401", "409", "415", "422", "503");
        assertThat(codes("/api/interviews", "get")).containsExactly("200", "400", "401");
        assertThat(codes("/api/interviews/{id}", "get")).containsExactly("200", "401", "404");
        assertThat(codes("/api/interviews/{id}", "patch")).containsExactly("200", "202", "400", "401", "404", "409", "415");
        assertThat(codes("/api/interviews/{id}", "delete")).containsExactly("202", "401", "404", "409");
        assertThat(codes("/api/interviews/{id}/retry", "post")).containsExactly("202", "401", "404", "409");
        assertThat(codes("/api/pools", "post")).contains("201", "400", "401", "409", "415");
        assertThat(codes("/api/interviewers/{email}", "put")).contains("200", "201", "400", "401", "415");
        assertThat(codes("/api/availability", "post")).contains("200", "400", "401", "415");
        assertThat(document().getString("paths.'/api/interviews'.post.responses.'202'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/InterviewJson");
        assertThat(document().getString("paths.'/api/interviews'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/InterviewPage");
        assertThat(document().getMap("components.schemas.InterviewJson.properties")).containsKeys("id", "status", "updatedAt");
    }

    @Test
    void errorsAreProblemBodies() {
        assertThat(document().getString("components.responses.NotFound.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document().getString("paths.'/api/interviews/{id}'.get.responses.'404'.$ref"))
                .isEqualTo("#/components/responses/NotFound");
        assertThat(document().getMap("components.schemas.Problem.properties"))
                .containsKeys("type", "title", "status", "detail", "errors");
        assertThat(document().getString("paths.'/api/interviews'.post.responses.'409'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/ConflictProblem");
    }

    @Test
    void swaggerUiRunsUnderItsOwnPolicyWhileThePagesKeepTheStrictOne() {
        Response ui = given().redirects().follow(true).get("/q/swagger-ui/");
        if (ui.statusCode() == 404) { // served on the management interface
            ui = given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                    .redirects().follow(true).get("/q/swagger-ui/");
        }
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.getHeader("Content-Security-Policy")).contains("script-src 'self' 'unsafe-inline'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
        String page = given().get("/login").getHeader("Content-Security-Policy");
        assertThat(page).contains("default-src 'self'").doesNotContain("unsafe-inline");
    }

    /**
     * Swagger UI's "Try it out" calls the API from the management port: the API answers that origin (CORS, as in dev),
     * with the bearer key only — no cookie is sent or honoured cross-origin, and Swagger UI's policy lets it connect.
     */
    @Test
    void swaggerUisOriginMayCallTheApiWithAKeyButNeverWithCredentials() {
        String swaggerUi = management.getProtocol() + "://" + management.getHost() + ":" + management.getPort();
        Response preflight = given().header("Origin", swaggerUi).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/interviews");
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo(swaggerUi);
        assertThat(preflight.getHeader("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(preflight.getHeader("Access-Control-Allow-Credentials")).isNotEqualTo("true");

        Response call = given().header("Origin", swaggerUi).get("/api/interviews");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.getHeader("Access-Control-Allow-Origin")).isEqualTo(swaggerUi);
        assertThat(call.getHeader("Access-Control-Allow-Credentials")).isNotEqualTo("true");

        String policy = given().baseUri(swaggerUi).redirects().follow(true).get("/q/swagger-ui/").getHeader("Content-Security-Policy");
        assertThat(policy).contains("connect-src 'self' http://localhost:*");
        assertThat(given().get("/login").getHeader("Content-Security-Policy")).doesNotContain("connect-src");
    }
}
