package org.vcanalytics.examples.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The worked session of docs/jshell.md, run through JShell with vc.jsh as its start-up. */
class JShellSessionTest {

  private static String eval(JShell js, String code) {
    String rest = code;
    String last = null;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = js.sourceCodeAnalysis().analyzeCompletion(rest);
      for (SnippetEvent e : js.eval(info.source())) {
        if (e.exception() != null) {
          throw new AssertionError("snippet failed: " + info.source(), e.exception());
        }
        if (e.status() == Snippet.Status.REJECTED) {
          throw new AssertionError("snippet rejected: " + info.source() + " "
              + js.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
        }
        last = e.value();
      }
      rest = info.remaining();
    }
    return last;
  }

  @Test
  void theDocumentedSession() throws IOException {
    try (JShell js =
        JShell.builder().executionEngine("local").build()) {
      js.addToClasspath(System.getProperty("java.class.path"));
      eval(js, Files.readString(Path.of("vc.jsh")));
      eval(js, "var loaded = load(\"../examples/sample-package\");");
      eval(js, "var r = analyse(loaded, \"2024-12-31\");");
      assertThat(eval(js, "r.classification().crime(\"C001\").get().typologies()"))
          .isEqualTo("[KNIFE, YOUTH, OCG, VAW]");
      assertThat(eval(js, "r.harm().category(\"P003\")")).isEqualTo("HIGH_HARM");
      assertThat(eval(js, "r.harm().person(\"P003\").get().explanation()"))
          .startsWith("\"P003 is HIGH HARM as of 2024-12-31.")
          .contains("[0.5^(373/365)] = 3926.5875");
      eval(js, "var d = VcDataset.builder().addCrime(Crime.builder().id(\"C1\").hoCode(\"008N\")"
          + ".committedOn(LocalDate.of(2024, 3, 1)).build()).addInvolvement(\"C1\", \"P1\", Role.OFFENDER).build();");
      assertThat(eval(js, "VcClassifier.classify(d, LocalDate.of(2024, 12, 31)).crime(\"C1\").get().violenceReason()"))
          .isEqualTo("\"offence code 8N is in PHYSICAL_VIOLENCE\"");
    }
  }
}
