package com.recruitingscheduler.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's training start: the packaged app, started with {@code -Drecruiting.training-run=true}, boots against
 * the database, serves its first page, exits with 0 and leaves the JVM's class-data archive, which a later start maps.
 */
class TrainingRunIT {

    @Test
    void aTrainingStartServesItsFirstPageExitsAndLeavesAnArchiveALaterStartRunsWith(@TempDir Path dir) throws Exception {
        Path archive = dir.resolve("trained.jsa");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> settings = PackagedApp.onSandbox(postgres);

            String log = PackagedApp.train(settings, archive); // throws unless it exits with 0

            assertThat(log).contains("the first page was served");
            assertThat(archive).exists();
            assertThat(Files.size(archive)).as("an archive of every class the start loaded").isGreaterThan(40L << 20);
            try (PackagedApp app = PackagedApp.start(settings, archive)) {
                given().baseUri(app.url()).get("/login").then().statusCode(200);
            }
        }
    }
}
