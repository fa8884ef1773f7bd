package com.recruitingscheduler.interview.listing;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A place in a list: the key and id of a row, and whether the page wanted lies after it or before it. Opaque to
 * clients (URL-safe base64); a page after a cursor holds what sorts after that row, so rows added or removed elsewhere
 * never make a row repeat or go missing.
 */
public record Cursor(Order order, Instant at, UUID id, boolean before) {

    static Cursor after(Order order, ListRow row) {
        return new Cursor(order, order.keyOf(row), row.id(), false);
    }

    static Cursor before(Order order, ListRow row) {
        return new Cursor(order, order.keyOf(row), row.id(), true);
    }

    /** The same place, facing the other way. */
    Cursor reversed() {
        return new Cursor(order, at, id, !before);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String text = order.code + "." + micros + "." + id + "." + (before ? "b" : "a");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a list gave, or empty when the text is not one. */
    static Optional<Cursor> decode(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII).split("\\.");
            Order order = parts.length == 4 ? Order.ofCode(parts[0]) : null;
            if (order == null || !(parts[3].equals("a") || parts[3].equals("b"))) {
                return Optional.empty();
            }
            Instant at = Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS);
            return Optional.of(new Cursor(order, at, UUID.fromString(parts[2]), parts[3].equals("b")));
        } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
