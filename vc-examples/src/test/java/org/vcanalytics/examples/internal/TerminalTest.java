package org.vcanalytics.examples.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {

  @Test
  void terminalTextIsEscapedAndClipped() {
    // ESC [2J clears a screen; it must be shown, not obeyed.
    assertThat(Terminal.safe("a\u001b[2Jb\nc")).isEqualTo("a\\u001B[2Jb\\u000Ac");
    assertThat(Terminal.safe("bidi\u202Eevil")).isEqualTo("bidi\\u202Eevil");
    String clipped = Terminal.clip("v".repeat(500));
    assertThat(clipped).startsWith("v".repeat(80) + "…").endsWith("(500 characters)");
    assertThat(Terminal.clip("short")).isEqualTo("short");
  }
}
