package com.recruitingscheduler.web;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formatting and safe-HTML helpers for the templates. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);

    /** Conference notes come from the conference provider as HTML: only formatting and plain links survive. */
    private static final PolicyFactory NOTES = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href").onElements("a")
                    .allowStandardUrlProtocols().requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .toFactory());

    /**
     * The one place provider HTML becomes markup: the sanitizer above keeps an allow-list of formatting tags and
     * http(s)/mailto links, so the result may be rendered raw.
     */
    static RawString sanitized(String html) {
        return new RawString(html == null ? "" : NOTES.sanitize(html));
    }

    /** "Tue 1 Dec 2026, 15:00" in the given zone. */
    static String when(ZonedDateTime time) {
        return Times.WHEN.format(time);
    }

    static String when(Instant instant, String zone) {
        return Times.WHEN.format(instant.atZone(ZoneId.of(zone)));
    }

    static String clock(Instant instant, String zone) {
        return TIME.format(instant.atZone(ZoneId.of(zone)));
    }
}
