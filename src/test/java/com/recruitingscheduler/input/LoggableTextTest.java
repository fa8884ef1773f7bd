package com.recruitingscheduler.input;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What typed text becomes in a log line: never a second line, never invisible, never unbounded. */
class LoggableTextTest {

    @Test
    void everyKindOfLineBreakAndControlCharacterBecomesAQuestionMark() {
        String forged = "rita@corp.example\n2026-12-08 INFO Signed in admin@corp.example\r\u0085\u2028\u2029\u0000\u001b[31m\u202E";
        String logged = InputRules.loggable(forged, 254);

        assertThat(logged).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029", "\u0000", "\u001b", "\u202E");
        assertThat(logged).startsWith("rita@corp.example?2026-12-08 INFO Signed in admin@corp.example").endsWith("[31m?");
        assertThat(logged.lines()).hasSize(1);
    }

    @Test
    void longTextIsCutWithAnEllipsisAndNothingIsNotLogged() {
        assertThat(InputRules.loggable("x".repeat(300), 254)).hasSize(255).endsWith("x…");
        assertThat(InputRules.loggable("plain text", 254)).isEqualTo("plain text");
        assertThat(InputRules.loggable(null, 254)).isEmpty();
    }
}
