module org.example.mp {
  requires org.vcanalytics.examples;
}
