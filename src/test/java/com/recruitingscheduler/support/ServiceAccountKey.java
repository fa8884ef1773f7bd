package com.recruitingscheduler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** Writes a service-account key file like the one Google's console downloads, with a fresh RSA key. */
public final class ServiceAccountKey {

    public static final String CLIENT_EMAIL = "scheduler@recruiting-test.iam.gserviceaccount.com";

    private ServiceAccountKey() {
    }

    public static Path write(String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = ("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n"); // JSON escapes the newlines
            String json = "{\"type\":\"service_account\",\"project_id\":\"recruiting-test\",\"private_key_id\":\"k1\","
                    + "\"private_key\":\"" + pem + "\",\"client_email\":\"" + CLIENT_EMAIL + "\",\"client_id\":\"1234567890\","
                    + "\"token_uri\":\"" + tokenUri + "\"}";
            Path file = Files.createTempFile("service-account", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
