package com.recruitingscheduler.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
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

    /**
     * The JWT a Google client library posts to a key's {@code token_uri}: the claims Google's library sets, signed
     * RS256 with the key file's private key ({@code subject} null: no impersonation).
     */
    public static String assertion(String keyFile, String subject) {
        try {
            JsonNode key = new ObjectMapper().readTree(keyFile);
            byte[] der = Base64.getMimeDecoder().decode(key.path("private_key").asText()
                    .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(key.path("client_email").asText());
            claims.setAudience(key.path("token_uri").asText());
            claims.setClaim("scope", "https://www.googleapis.com/auth/calendar");
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(10);
            if (subject != null) {
                claims.setSubject(subject);
            }
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
            jws.setKeyIdHeaderValue(key.path("private_key_id").asText());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new key file (a fresh RSA key) whose {@code token_uri} is the one given, written to a temporary file. */
    public static Path write(String tokenUri) {
        try {
            Path file = Files.createTempFile("service-account", ".json");
            file.toFile().deleteOnExit();
            return Files.writeString(file, json(tokenUri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new key file's JSON, as Google's console downloads it, with a fresh RSA key. */
    public static String json(String tokenUri) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = ("-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n"); // JSON escapes the newlines
            return "{\"type\":\"service_account\",\"project_id\":\"recruiting-test\",\"private_key_id\":\"k1\","
                    + "\"private_key\":\"" + pem + "\",\"client_email\":\"" + CLIENT_EMAIL + "\",\"client_id\":\"1234567890\","
                    + "\"token_uri\":\"" + tokenUri + "\"}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
