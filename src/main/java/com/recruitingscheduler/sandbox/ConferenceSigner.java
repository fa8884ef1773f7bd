package com.recruitingscheduler.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs conference data the way Google does in spirit: an HMAC over the whole conference under a server secret,
 * so a copy is accepted only when it carries every field and the signature unchanged.
 */
@ApplicationScoped
class ConferenceSigner {

    private final byte[] secret;

    ConferenceSigner(SandboxConfig config) {
        this.secret = config.signingSecret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(() -> {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    String sign(JsonNode conferenceData) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(canonical(conferenceData).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    boolean verifies(JsonNode conferenceData) {
        String signature = conferenceData.path("signature").asText(null);
        if (signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(conferenceData).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static String canonical(JsonNode data) {
        StringBuilder text = new StringBuilder()
                .append(data.path("conferenceId").asText("")).append('\n')
                .append(data.path("conferenceSolution").path("key").path("type").asText("")).append('\n')
                .append(data.path("conferenceSolution").path("name").asText("")).append('\n')
                .append(data.path("conferenceSolution").path("iconUri").asText("")).append('\n')
                .append(data.path("notes").asText("")).append('\n');
        for (JsonNode entryPoint : data.path("entryPoints")) {
            for (String field : new String[]{"entryPointType", "uri", "label", "pin", "accessCode", "meetingCode",
                    "passcode", "password", "regionCode"}) {
                text.append(entryPoint.path(field).asText("")).append('|');
            }
            text.append('\n');
        }
        return text.toString();
    }
}
